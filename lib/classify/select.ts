import type { SegmentVerdict } from '../schema/verdict';

/** Below this the local detector is confident the passage is human; `unsure` scope skips it. */
export const UNSURE_FLOOR = 0.2;

/**
 * The passages a provider receives: judged passages only (a remote opinion never overrides an
 * abstention), and with scope `unsure` only those between UNSURE_FLOOR and the AI threshold.
 */
export function passagesToSend(segments: readonly SegmentVerdict[], scope: 'all' | 'unsure', threshold: number): SegmentVerdict[] {
  return segments.filter((s) => s.label !== 'unknown' && (scope === 'all' || (s.probability >= UNSURE_FLOOR && s.probability < threshold)));
}

export function wordsIn(segments: readonly SegmentVerdict[]): number {
  return segments.reduce((n, s) => n + s.words, 0);
}

/** A budget month: "2026-11". */
export function monthOf(now: Date): string {
  return now.toISOString().slice(0, 7);
}
