import type { Omitted } from '../schema/deliverable';
import type { DetectionResult, SegmentVerdict } from '../schema/verdict';

/**
 * How much of a deliverable a verdict covers, and how much of it a record keeps.
 *
 * A verdict on part of a text says so (`omitted`, worded by lib/report/coverage.ts), and is never
 * *Likely human*: machine passages found in the part read are evidence about the whole, their absence
 * is not. Frames and images left out do not change the text's label; the verdict names them.
 */
export function withCoverage(result: DetectionResult, omitted: Omitted | undefined): DetectionResult {
  if (!omitted) return result;
  const partial = omitted.passages > 0;
  return { ...result, document: { ...result.document, omitted, ...(partial && result.document.label === 'human' ? { label: 'unsure' as const } : {}) } };
}

/**
 * Passage text a record keeps (about 160,000 words: every flagged passage of a very long report). A
 * record is read whole by the dashboard and written on every scan, so it must stay a few megabytes.
 */
export const MAX_STORED_TEXT_CHARS = 1_000_000;

/** Whose text is kept first: the passages a user is shown and asks about. */
const KEEP_ORDER: Record<SegmentVerdict['label'], number> = { ai: 0, unsure: 1, human: 2, unknown: 3 };

/**
 * The result as a record stores it: passage texts kept up to MAX_STORED_TEXT_CHARS, flagged passages
 * first (most probable first), then the rest in reading order; a passage past the limit keeps its
 * verdict, its offsets and a SHA-256 of its text (`textHash`), with an empty `text`.
 */
export async function keepTexts(result: DetectionResult, hash: (text: string) => Promise<string>, limit = MAX_STORED_TEXT_CHARS): Promise<DetectionResult> {
  const total = result.segments.reduce((sum, s) => sum + s.text.length, 0);
  if (total <= limit) return result;
  const order = result.segments
    .map((segment, index) => ({ segment, index }))
    .sort((a, b) => KEEP_ORDER[a.segment.label] - KEEP_ORDER[b.segment.label] || (a.segment.label === 'ai' ? b.segment.probability - a.segment.probability : 0) || a.index - b.index);
  const kept = new Set<number>();
  let used = 0;
  for (const { segment, index } of order) {
    if (used + segment.text.length > limit) continue;
    kept.add(index);
    used += segment.text.length;
  }
  const segments = await Promise.all(
    result.segments.map(async (segment, index) => (kept.has(index) || segment.textHash ? segment : { ...segment, text: '', textHash: await hash(segment.text) })),
  );
  return { ...result, segments };
}
