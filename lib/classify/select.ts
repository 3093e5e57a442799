import type { SegmentVerdict } from '../schema/verdict';
import type { ProviderSettings } from '../settings/schema';

/** Below this the local detector is confident the passage is human; `unsure` scope skips it. */
export const UNSURE_FLOOR = 0.2;

/**
 * The passages a provider receives: judged passages only (a remote opinion never overrides an
 * abstention), and with scope `unsure` only those between UNSURE_FLOOR and the AI threshold.
 */
export function passagesToSend(segments: readonly SegmentVerdict[], scope: ProviderSettings['scope'], threshold: number): SegmentVerdict[] {
  return segments.filter((s) => s.label !== 'unknown' && (scope === 'all' || (s.probability >= UNSURE_FLOOR && s.probability < threshold)));
}

export function wordsIn(segments: readonly SegmentVerdict[]): number {
  return segments.reduce((n, s) => n + s.words, 0);
}

/** Words sent this month per provider, reset when the month changes. */
export interface Usage {
  month: string;
  words: Record<string, number>;
}

export function monthOf(now: Date): string {
  return now.toISOString().slice(0, 7);
}

export function withinBudget(usage: Usage, id: string, words: number, settings: ProviderSettings, now: Date): boolean {
  if (settings.monthlyWords === 0) return true;
  const used = usage.month === monthOf(now) ? (usage.words[id] ?? 0) : 0;
  return used + words <= settings.monthlyWords;
}

export function addUsage(usage: Usage, id: string, words: number, now: Date): Usage {
  const month = monthOf(now);
  const base = usage.month === month ? usage.words : {};
  return { month, words: { ...base, [id]: (base[id] ?? 0) + words } };
}
