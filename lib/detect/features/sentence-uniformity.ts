import type { Signal } from './types';

/** Sentences needed before their spread says anything. */
const MIN_SENTENCES = 3;
/** Coefficient of variation assumed when there are too few sentences: typical of mixed prose. */
const NEUTRAL_CV = 0.45;

export function lengthVariation(lengths: readonly number[]): number {
  if (lengths.length < MIN_SENTENCES) return NEUTRAL_CV;
  const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  const variance = lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / lengths.length;
  return Math.sqrt(variance) / mean;
}

export const sentenceUniformity: Signal = {
  id: 'sentence-uniformity',
  sign: 0,
  compute: (stats) => lengthVariation(stats.sentenceLengths),
  explain: (towardsMachine) => (towardsMachine ? 'sentence lengths unusually uniform' : 'sentence lengths vary the way people write'),
};
