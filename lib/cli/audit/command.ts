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
import { decimal, formatNumber, plural, t } from '../../i18n';
import type { Io } from '../commands';
import { EXIT } from '../exit-codes';
import { unreadable } from '../inputs';
import { auditUsage, parseAuditArgs } from './args';
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

/**
 * A page, or why it could not be had: stored with the file in English, as the readers' errors are
 * (lib/audit/stored-text.ts); the line printed for it leads with the reason in the reader's language.
 */
async function fetchPage(url: string): Promise<{ bytes?: Uint8Array; mimeType?: string; error?: string }> {
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) return { error: t('cli.audit.answered', { url, status: `${response.status} ${response.statusText}`.trim() }, 'en') };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_FILE_BYTES) return { error: t('cli.audit.tooLarge', { url, size: Math.round(length / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 }, 'en') };
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, mimeType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    return { error: t('cli.audit.notFetched', { url, error: error instanceof Error ? error.message : String(error) }, 'en') };
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

/** A file that got no verdict, in one line: the reason in the reader's language, then the stored detail as written. */
const unreadLine = (item: AuditItem) => `assay: ${t('cli.audit.notRead', { path: item.path, problem: PROBLEM_TEXT[item.problem ?? 'unreadable'] })}${item.error ? ` (${item.error})` : ''}`;

export async function auditCommand(argv: readonly string[], io: AuditIo): Promise<number> {
  const args = parseAuditArgs(argv);
  if (typeof args === 'string') {
    io.err(`assay: ${args}\n\n${auditUsage()}`);
    return EXIT.USAGE;
  }
  if (args.help) {
    io.out(auditUsage());
    return EXIT.OK;
  }
  let since: AuditExport | undefined;
  if (args.since) {
    try {
      since = parseAuditExport(await readFile(args.since, 'utf8'));
    } catch (error) {
      // A file that cannot be read is said as every unreadable input is; a damaged one in the audit's words.
      const unreadableFile = (error as NodeJS.ErrnoException | undefined)?.code !== undefined;
      io.err(`assay: --since ${unreadableFile ? unreadable(args.since, error).message : `${args.since}: ${error instanceof Error ? error.message : String(error)}`}`);
      return EXIT.UNREADABLE;
    }
  }
  const startedAt = Date.now();
  const { inputs, skipped } = await collectInputs(args.inputs);
  const readable = inputs.filter((i) => i.kind !== 'missing');
  if (readable.length === 0) {
    for (const input of inputs) if (input.kind === 'missing') io.err(`assay: ${input.said}`);
    io.err(`assay: ${t('cli.audit.nothing')}`);
    return EXIT.UNREADABLE;
  }

  const engine = `${ENGINE_VERSION}/${MODEL_VERSION}`;
  const journal = new Journal(args.journal ?? (await defaultJournal(args.inputs, args.sensitivity, engine)));
  if (args.fresh) journal.remove();
  const resumed = journal.load();
  const itemsByInput: AuditItem[][] = inputs.map((input) => (input.kind === 'missing' ? [] : (journal.finished(input) ?? [])));
  const pending = inputs.map((input, i) => ({ input, i })).filter(({ input, i }) => input.kind !== 'missing' && itemsByInput[i]!.length === 0);
  const alreadyDone = readable.length - pending.length;
  if (resumed && alreadyDone) io.err(`assay: ${t('cli.audit.resuming', { done: alreadyDone, total: readable.length, journal: journal.file })}`);
  if (skipped) io.err(`assay: ${plural('cli.audit.leftOut', skipped)}`);

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
    io.err(`assay: ${t('cli.audit.interrupted', { done, total: readable.length })}`);
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
            const item = await unreadableItem(input.path, 'fetch-failed', page.error ?? t('cli.audit.notFetchedPlain', undefined, 'en'));
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
      await writeFile(args.report, auditHtmlReport(data, { title: t('cli.audit.reportTitle'), method: { sensitivity: args.sensitivity, modelVersion: MODEL_VERSION, engineVersion: ENGINE_VERSION, threshold: thresholds.presets[args.sensitivity].document, humanThreshold: thresholds.human, minDocumentWords: MIN_DOCUMENT_WORDS } }));
  } catch (error) {
    io.err(`assay: ${t('cli.audit.writeFailed', { error: error instanceof Error ? error.message : String(error), journal: journal.file })}`);
    return EXIT.FAILED;
  }
  io.out(summaryText(data, diff, Date.now() - startedAt));
  journal.remove();
  return EXIT.OK;
}

function summaryText(data: AuditExport, diff: AuditDiff | undefined, elapsedMs: number): string {
  const groups = summarize(data.files);
  const all = totals(groups);
  const lines = [plural('cli.audit.audited', data.files.length, { seconds: decimal(elapsedMs / 1000, 1), sensitivity: t(`sensitivity.${data.sensitivity}`) })];
  const labels = ['ai', 'mixed', 'unsure', 'human', 'unknown'] as const;
  const counts = (g: Omit<(typeof groups)[number], 'group'>) => [...labels.map((label) => `${formatNumber(g.labels[label])} ${labelText(label)}`), t('cli.audit.failedCount', { n: g.failed })].join(', ');
  lines.push(t('cli.audit.all', { counts: counts(all) }));
  for (const g of groups) lines.push(`  ${plural('cli.audit.group', g.files, { group: g.group, counts: counts(g) })}`);
  if (diff) {
    const { counts: c } = diff;
    lines.push(t('cli.audit.since', { new: c.new, changed: c.changed, unchanged: c.unchanged, removed: c.removed, verdicts: plural('cli.audit.verdictsChanged', c.verdictChanged) }));
  }
  const flagged = data.files.filter((f) => f.label === 'ai' || f.label === 'mixed');
  if (flagged.length) {
    lines.push('', t('cli.audit.toLookAt'));
    for (const f of flagged) lines.push(`  ${labelText(f.label!).padEnd(10)} ${String(Math.round((f.aiShare ?? 0) * 100)).padStart(3)}% AI  ${f.path}`);
  }
  return lines.join('\n');
}
