import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { detect } from '../detect';
import { parseTrustList } from '../provenance/trust';
import { sniffFile } from '../provenance/sniff';
import { formatReport } from '../report/text';
import { withCoverage } from '../scan/coverage';
import type { Sensitivity } from '../schema/sensitivity';
import { t } from '../i18n';
import { EXIT, InputError } from './exit-codes';
import { checkReadableFile, readInputBytes, toDeliverable, unreadable } from './inputs';
import { jsonLines } from './jsonl';
import { scoreText } from './score-text';
import { decodeText } from './text-input';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The C2PA signers in a --trust file; read before the scan, so a mistyped name fails at once. */
async function readTrustAnchors(path: string): Promise<string[]> {
  await checkReadableFile(path).catch((error: unknown) => {
    throw error instanceof InputError ? new InputError(`--trust: ${error.message}`, error.exitCode) : error;
  });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
  const anchors = parseTrustList(text).anchors;
  if (anchors.length === 0) throw new InputError(`--trust: ${t('cli.trust.noCertificate', { path })}`, EXIT.UNUSABLE);
  return anchors;
}

export async function scanCommand(path: string, options: { json: boolean; sensitivity: Sensitivity; trust?: string }, io: Io): Promise<number> {
  const name = path === '-' ? 'stdin' : path;
  const trustAnchors = options.trust ? await readTrustAnchors(options.trust) : undefined;
  const bytes = await readInputBytes(path);
  // Images, PDFs, audio, video: provenance; fonts, archives, programs: refused. Never judged as text.
  // The provenance reader (and its WASM) loads only for such a file.
  const file = sniffFile(bytes);
  if (file) return (await import('./provenance-scan')).scanProvenanceFile(name, bytes, file, { json: options.json, trustAnchors }, io);
  const content = decodeText(bytes, name);
  if (options.trust) io.err(`assay: ${t('cli.note', { text: t('cli.trust.notUsed', { name }) })}`);
  const deliverable = await toDeliverable(name, content);
  // A verdict on part of a long file says what it left out, as in the extension.
  const result = withCoverage(detect(deliverable.segments, { sensitivity: options.sensitivity }), deliverable.omitted);
  if (options.json) {
    const { document, segments } = result;
    io.out(JSON.stringify({ ...document, source: deliverable.source, segments }));
  } else {
    io.out(formatReport(result, deliverable.source.title));
  }
  return EXIT.OK;
}

/** The fields a line got wrong, as the user typed them ("id", "text"): zod's own sentences are English. */
function fieldsAt(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => (issue.path.length ? `"${issue.path.join('.')}"` : 'JSON')))];
  return fields.join(', ');
}

const ScoreLineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** Scores a JSONL file line by line, writing as it reads: memory stays flat however long the file. */
export async function scoreCommand(path: string, options: { sensitivity: Sensitivity }, io: Io): Promise<number> {
  let bad = 0;
  let scored = 0;
  for await (const item of jsonLines(path)) {
    if ('error' in item) {
      bad++;
      io.err(t('cli.score.notJson', { line: item.line, error: item.error }));
      continue;
    }
    const parsed = ScoreLineSchema.safeParse(item.value);
    if (!parsed.success) {
      bad++;
      io.err(t('cli.score.needsIdText', { line: item.line, fields: fieldsAt(parsed.error) }));
      continue;
    }
    io.out(JSON.stringify({ id: parsed.data.id, ...scoreText(parsed.data.text, options.sensitivity) }));
    scored++;
  }
  const name = path === '-' ? 'stdin' : path;
  if (scored === 0) throw new InputError(t('cli.score.allMalformed', { name, n: bad }), EXIT.UNUSABLE);
  if (bad) io.err(t('cli.score.skipped', { bad, total: bad + scored }));
  return EXIT.OK;
}
