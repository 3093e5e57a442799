// Training examples: passages cut from the balanced rows, with their signal values.
import { featureVector } from '../../lib/detect/model';
import type { SignalContext } from '../../lib/detect/features/types';
import { statsOf, type TextStats } from '../../lib/detect/text';
import { undisguise } from '../../lib/detect/unicode';
import { fnv1a32 } from '../../lib/detect/hashing';
import { genreOf, passagesOf, type Row } from './data';
import { MIN_WORDS } from '../../lib/detect/abstain';

/** Passages taken from one document: more would let long documents dominate. */
export const PASSAGES_PER_DOCUMENT = 3;

export interface Passage {
  row: Row;
  genre: string;
  stats: TextStats;
  ai: boolean;
  weight: number;
}

export function passagesFrom(rows: readonly Row[]): Passage[] {
  const out: Passage[] = [];
  for (const row of rows) {
    const passages = passagesOf(row.text)
      .map((text) => statsOf(undisguise(text)))
      .filter((s) => s.words.length >= MIN_WORDS);
    passages.sort((a, b) => fnv1a32(a.text) - fnv1a32(b.text));
    const chosen = passages.slice(0, PASSAGES_PER_DOCUMENT);
    for (const stats of chosen) out.push({ row, genre: genreOf(row), stats, ai: row.label === 'ai', weight: 1 / chosen.length });
  }
  // Each genre and label carries the same total weight, and the two labels carry equal weight overall.
  const totals = new Map<string, number>();
  for (const p of out) totals.set(`${p.genre}|${p.ai}`, (totals.get(`${p.genre}|${p.ai}`) ?? 0) + p.weight);
  const groups = { ai: new Set<string>(), human: new Set<string>() };
  for (const p of out) groups[p.ai ? 'ai' : 'human'].add(p.genre);
  for (const p of out) p.weight = p.weight / totals.get(`${p.genre}|${p.ai}`)! / groups[p.ai ? 'ai' : 'human'].size;
  return out;
}

export function features(passages: readonly Passage[], context: SignalContext): number[][] {
  return passages.map((p) => featureVector(p.stats, context));
}
