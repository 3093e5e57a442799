import { fnv1a32 } from '../hashing';
import type { Signal, SignalContext } from './types';

/**
 * Learned weights of the passage's hashed word unigrams and bigrams: which words and word pairs
 * separate machine from human text across all training genres. Hashing into a fixed table
 * keeps the shipped parameters small.
 */
export function ngramBuckets(words: readonly string[], buckets: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(fnv1a32(words[i]!) % buckets);
    if (i > 0) out.push(fnv1a32(`${words[i - 1]} ${words[i]}`) % buckets);
  }
  return out;
}

/** Learned bucket weights summed over a passage's hashed features, scaled by 1/sqrt(count) as in training. */
export function hashedScore(ids: readonly number[], table: NonNullable<SignalContext['lexicon']>): number {
  if (ids.length === 0) return 0;
  let sum = 0;
  for (const id of ids) sum += table.table[id]!;
  return (sum * table.scale) / Math.sqrt(ids.length);
}

export const lexicalScore = (words: readonly string[], lexicon: NonNullable<SignalContext['lexicon']>) => hashedScore(ngramBuckets(words, lexicon.buckets), lexicon);

export const lexical: Signal = {
  id: 'lexical',
  sign: 0,
  compute: (stats, context) => (context.lexicon ? lexicalScore(stats.words, context.lexicon) : 0),
  explain: (towardsMachine) => (towardsMachine ? 'word choices and pairings far more common in machine text' : 'word choices more typical of people'),
};
