import { readFile, writeFile } from 'node:fs/promises';
import pkg from '../../../package.json';
import { ENGINE_VERSION, MIN_DOCUMENT_WORDS, MODEL_VERSION } from '../../detect';
import modelParams from '../../detect/model.json';
import type { ModelParams } from '../../detect/model';
import { MAX_FILE_BYTES } from '../../extract/files';
import { diffAudits, type AuditDiff } from '../../audit/diff';
import { folderGroups, groupOf } from '../../audit/group';
import { innerGroup } from '../../audit/inner';
import { auditCSV, auditExport, auditJSON, parseAuditExport } from '../../audit/report/export';
import { auditHtmlReport } from '../../audit/report/html';
import type { AuditExport, AuditItem, GroupedItem } from '../../audit/schema';
import { summarize, totals } from '../../audit/summary';
import { PROBLEM_TEXT } from '../../audit/words';
import { labelText } from '../../report/labels';
import { unreadableItem } from '../../scan/audit';
import type { Io } from '../commands';
import { EXIT } from '../exit-codes';
import { AUDIT_USAGE, parseAuditArgs } from './args';
import { collectInputs, type AuditInput } from './collect';
import { defaultJournal, Journal } from './journal';
import { createPool, defaultPoolSize } from './pool';
import { progressLine } from './progress';

/** A page is given this long to answer. */
const FETCH_TIMEOUT_MS = 30_000;
/** The progress bar is redrawn at most this often. */
const PROGRESS_EVERY_MS = 200;

export interface AuditIo extends Io {
  /** Draws the progress line in place (a terminal only). */
  progress?: (line: string) => void;
}

async function fetchPage(url: string): Promise<{ bytes?: Uint8Array; mimeType?: string; error?: string }> {
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) return { error: `${url} answered ${response.status} ${response.statusText}`.trim() };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_FILE_BYTES) return { error: `${url} is ${Math.round(length / 1024 / 1024)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit` };
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, mimeType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    return { error: `${url} could not be fetched (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Items with their freelancer or project: folders of the given paths, then a container's, a sender, an author. */
export function groupItems(inputs: readonly AuditInput[], itemsByInput: readonly AuditItem[][]): GroupedItem[] {
  const folders = folderGroups(inputs.filter((i) => i.kind === 'file').map((i) => i.path));
  const out: GroupedItem[] = [];
  inputs.forEach((input, index) => {
    const containers = new Map<string, GroupedItem>();
    for (const item of itemsByInput[index] ?? []) {
      const container = item.parent ? containers.get(item.parent) : undefined;
      let g;
      if (container) g = innerGroup(container, item.path, item.meta);
      else if (input.kind === 'url') g = { group: hostOf(input.path), groupSource: 'folder' as const };
      else g = groupOf(folders.get(input.path), item.meta);
      const grouped = { ...item, ...g };
      containers.set(item.path, grouped);
      out.push(grouped);
    }
  });
  return out;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** A file that got no verdict, in one line. */
const unreadLine = (item: AuditItem) => `assay: not read: ${item.path}: ${PROBLEM_TEXT[item.problem ?? 'unreadable']}${item.error ? ` (${item.error})` : ''}`;

export async function auditCommand(argv: readonly string[], io: AuditIo): Promise<number> {
  const args = parseAuditArgs(argv);
  if (typeof args === 'string') {
    io.err(`assay: ${args}\n\n${AUDIT_USAGE}`);
    return EXIT.USAGE;
  }
  if (args.help) {
    io.out(AUDIT_USAGE);
    return EXIT.OK;
  }
  let since: AuditExport | undefined;
  if (args.since) {
    try {
      since = parseAuditExport(await readFile(args.since, 'utf8'));
    } catch (error) {
      io.err(`assay: --since ${args.since}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.UNREADABLE;
    }
  }
  const startedAt = Date.now();
  const { inputs, skipped } = await collectInputs(args.inputs);
  const readable = inputs.filter((i) => i.kind !== 'missing');
  if (readable.length === 0) {
    for (const input of inputs) if (input.kind === 'missing') io.err(`assay: ${input.message}`);
    io.err('assay: nothing to audit: no file or address could be found in what was given');
    return EXIT.UNREADABLE;
  }

  const engine = `${ENGINE_VERSION}/${MODEL_VERSION}`;
  const journal = new Journal(args.journal ?? (await defaultJournal(args.inputs, args.sensitivity, engine)));
  if (args.fresh) journal.remove();
  const resumed = journal.load();
  const itemsByInput: AuditItem[][] = inputs.map((input) => (input.kind === 'missing' ? [] : (journal.finished(input) ?? [])));
  const pending = inputs.map((input, i) => ({ input, i })).filter(({ input, i }) => input.kind !== 'missing' && itemsByInput[i]!.length === 0);
  const alreadyDone = readable.length - pending.length;
  if (resumed && alreadyDone) io.err(`assay: resuming an interrupted audit: ${alreadyDone} of ${readable.length} files already done (journal ${journal.file})`);
  if (skipped) io.err(`assay: ${skipped} system folder${skipped === 1 ? '' : 's'} or file${skipped === 1 ? '' : 's'} (.git, node_modules, .DS_Store…) left out`);

  for (const [i, input] of inputs.entries()) {
    if (input.kind !== 'missing') continue;
    const item = await unreadableItem(input.path, 'unreadable', input.message);
    itemsByInput[i] = [item];
    io.err(unreadLine(item));
  }

  let done = alreadyDone;
  let failed = itemsByInput.flat().filter((it) => it.state === 'failed').length;
  let lastDraw = 0;
  const draw = (force = false) => {
    if (!io.progress) return;
    const now = Date.now();
    if (!force && now - lastDraw < PROGRESS_EVERY_MS) return;
    lastDraw = now;
    io.progress(progressLine(done, readable.length, failed, now - startedAt));
  };
  const say = (line: string) => {
    io.progress?.('');
    io.err(line);
    draw(true);
  };

  const pool = createPool(Math.min(args.workers ?? defaultPoolSize(), Math.max(1, pending.length)));
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    io.progress?.('');
    io.err(`assay: interrupted: ${done} of ${readable.length} files done; run the same command again to resume`);
    void pool.close().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  draw(true);
  try {
    let next = 0;
    const lane = async () => {
      while (next < pending.length && !interrupted) {
        const { input, i } = pending[next++]!;
        let job;
        if (input.kind === 'url') {
          const page = await fetchPage(input.path);
          if (!page.bytes) {
            const item = await unreadableItem(input.path, 'fetch-failed', page.error ?? 'not fetched');
            itemsByInput[i] = [item];
            journal.record(input, [item]);
            done++;
            failed++;
            say(unreadLine(item));
            continue;
          }
          job = { id: i, path: input.path, bytes: page.bytes, ...(page.mimeType ? { mimeType: page.mimeType } : {}), sensitivity: args.sensitivity };
        } else if (input.kind === 'file') job = { id: i, path: input.path, abs: input.abs, size: input.size, sensitivity: args.sensitivity };
        else continue;
        const reply = await pool.run(job);
        const items = 'items' in reply ? reply.items : [await unreadableItem(input.path, 'unreadable', reply.error)];
        if (interrupted) return;
        itemsByInput[i] = items;
        journal.record(input, items);
        done++;
        for (const item of items) {
          if (item.state !== 'failed') continue;
          failed++;
          say(unreadLine(item));
        }
        draw();
      }
    };
    await Promise.all(Array.from({ length: Math.min(pending.length, Math.max(1, args.workers ?? defaultPoolSize())) }, lane));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (!interrupted) await pool.close();
  }
  if (interrupted) return 130;
  io.progress?.('');

  const items = groupItems(inputs, itemsByInput);
  const diff: AuditDiff | undefined = since ? diffAudits(items, since.files.map((f) => ({ path: f.path, contentHash: f.contentHash, label: f.label, state: f.state, group: f.group }))) : undefined;
  const data = auditExport(items, { tool: `assay ${pkg.version}`, startedAt, finishedAt: Date.now(), sensitivity: args.sensitivity, ...(since ? { since: { startedAt: Date.parse(since.startedAt), files: since.files.length } } : {}) }, diff);
  // The thresholds as shipped, read without decoding the model in this thread (the workers have it).
  const { thresholds } = modelParams as unknown as ModelParams;
  try {
    if (args.json) await writeFile(args.json, auditJSON(data));
    if (args.csv) await writeFile(args.csv, auditCSV(data));
    if (args.report)
      await writeFile(args.report, auditHtmlReport(data, { title: 'Assay portfolio audit', method: { sensitivity: args.sensitivity, modelVersion: MODEL_VERSION, engineVersion: ENGINE_VERSION, threshold: thresholds.presets[args.sensitivity].document, humanThreshold: thresholds.human, minDocumentWords: MIN_DOCUMENT_WORDS } }));
  } catch (error) {
    io.err(`assay: could not write the audit's output: ${error instanceof Error ? error.message : String(error)} (progress kept in ${journal.file}: run the same command again)`);
    return EXIT.FAILED;
  }
  io.out(summaryText(data, diff, Date.now() - startedAt));
  journal.remove();
  return EXIT.OK;
}

function summaryText(data: AuditExport, diff: AuditDiff | undefined, elapsedMs: number): string {
  const groups = summarize(data.files);
  const all = totals(groups);
  const lines = [`Audited ${data.files.length} files in ${(elapsedMs / 1000).toFixed(1)} s (sensitivity ${data.sensitivity}).`];
  const counts = (g: Omit<(typeof groups)[number], 'group'>) =>
    `${g.labels.ai} ${labelText('ai')}, ${g.labels.mixed} ${labelText('mixed')}, ${g.labels.unsure} ${labelText('unsure')}, ${g.labels.human} ${labelText('human')}, ${g.labels.unknown} ${labelText('unknown')}, ${g.failed} not read`;
  lines.push(`All: ${counts(all)}.`);
  for (const g of groups) lines.push(`  ${g.group}: ${g.files} file${g.files === 1 ? '' : 's'}: ${counts(g)}`);
  if (diff) lines.push(`Since the last audit: ${diff.counts.new} new, ${diff.counts.changed} changed, ${diff.counts.unchanged} unchanged, ${diff.counts.removed} removed; ${diff.counts.verdictChanged} verdict${diff.counts.verdictChanged === 1 ? '' : 's'} changed.`);
  const flagged = data.files.filter((f) => f.label === 'ai' || f.label === 'mixed');
  if (flagged.length) {
    lines.push('', 'To look at:');
    for (const f of flagged) lines.push(`  ${labelText(f.label!).padEnd(10)} ${String(Math.round((f.aiShare ?? 0) * 100)).padStart(3)}% AI  ${f.path}`);
  }
  return lines.join('\n');
}
