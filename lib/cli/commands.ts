import { readFile } from 'node:fs/promises';
import { parseTrustList } from '../provenance/trust';
import { z } from 'zod';
import { detect } from '../detect';
import { formatReport } from '../report/text';
import type { Sensitivity } from '../schema/sensitivity';
import { isImageOrPdf } from '../provenance/sniff';
import { readInputBytes, toDeliverable } from './inputs';
import { scanImageFile } from './provenance-scan';
import { jsonLines } from './jsonl';
import { scoreText } from './score-text';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function scanCommand(path: string, options: { json: boolean; sensitivity: Sensitivity; trust?: string }, io: Io): Promise<number> {
  const bytes = await readInputBytes(path);
  if (isImageOrPdf(bytes)) {
    const trustAnchors = options.trust ? parseTrustList(await readFile(options.trust, 'utf8')).anchors : undefined;
    if (options.trust && trustAnchors!.length === 0) {
      io.err(`assay: ${options.trust} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
      return 2;
    }
    return scanImageFile(path === '-' ? 'stdin' : path, bytes, { json: options.json, trustAnchors }, io);
  }
  const content = new TextDecoder().decode(bytes);
  const deliverable = toDeliverable(path === '-' ? 'stdin' : path, content);
  const result = detect(deliverable.segments, { sensitivity: options.sensitivity });
  if (options.json) {
    const { document, segments } = result;
    io.out(JSON.stringify({ ...document, source: deliverable.source, segments }));
  } else {
    io.out(formatReport(result, deliverable.source.title));
  }
  return 0;
}

const ScoreLineSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** Scores a JSONL file line by line, writing as it reads: memory stays flat however long the file. */
export async function scoreCommand(path: string, options: { sensitivity: Sensitivity }, io: Io): Promise<number> {
  let bad = 0;
  for await (const item of jsonLines(path)) {
    if ('error' in item) {
      bad++;
      io.err(`line ${item.line}: not JSON (${item.error}); skipped`);
      continue;
    }
    const parsed = ScoreLineSchema.safeParse(item.value);
    if (!parsed.success) {
      bad++;
      io.err(`line ${item.line}: needs "id" and "text" (${z.prettifyError(parsed.error).replace(/\n/g, ' ')}); skipped`);
      continue;
    }
    io.out(JSON.stringify({ id: parsed.data.id, ...scoreText(parsed.data.text, options.sensitivity) }));
  }
  if (bad) io.err(`${bad} line(s) skipped`);
  return 0;
}
