// The learning steps of `npm run train`: the hashed n-gram lexicon, a sign-constrained logistic
// regression over the signals, Platt calibration and the per-sensitivity thresholds.
import { SIGNALS } from '../../lib/detect/features';
import { ngramBuckets } from '../../lib/detect/features/lexical';
import { sigmoid } from '../../lib/detect/model';

export const LEXICON_BUCKETS = 1 << 18;
/** Additive smoothing of bucket counts: rare n-grams say little. */
const SMOOTHING = 2;

export interface Example {
  words: string[];
  ai: boolean;
  weight: number;
}

/** Per-bucket log-odds of machine vs human, each class normalised to its own total weight. */
export function fitLexicon(examples: readonly Example[]): Float64Array {
  const ai = new Float64Array(LEXICON_BUCKETS);
  const human = new Float64Array(LEXICON_BUCKETS);
  let aiTotal = 0;
  let humanTotal = 0;
  for (const ex of examples) {
    const ids = ngramBuckets(ex.words, LEXICON_BUCKETS);
    const counts = ex.ai ? ai : human;
    // Each example adds the same total weight whatever its length, so long texts do not dominate.
    const w = ex.weight / Math.max(1, ids.length);
    for (const id of ids) counts[id]! += w * 100;
    if (ex.ai) aiTotal += ex.weight * 100;
    else humanTotal += ex.weight * 100;
  }
  const out = new Float64Array(LEXICON_BUCKETS);
  for (let b = 0; b < LEXICON_BUCKETS; b++) {
    out[b] = Math.log((ai[b]! + SMOOTHING) / (aiTotal + SMOOTHING * LEXICON_BUCKETS)) - Math.log((human[b]! + SMOOTHING) / (humanTotal + SMOOTHING * LEXICON_BUCKETS));
  }
  return out;
}

/** Passes over the training passages for the n-gram weights; more overfits the training genres. */
const SPARSE_EPOCHS = 6;
const SPARSE_RATE = 0.2;
const SPARSE_L2 = 1e-5;

/**
 * Discriminative n-gram weights: logistic regression over hashed unigrams and bigrams, each passage's
 * counts scaled by 1/sqrt(length) so long passages are not more confident just for being long. Trained
 * by AdaGrad in a fixed, hash-determined order.
 */
export function fitNgramWeights(examples: readonly Example[]): Float64Array {
  return fitHashedWeights(examples.map((e) => ({ ids: ngramBuckets(e.words, LEXICON_BUCKETS), ai: e.ai, weight: e.weight })), LEXICON_BUCKETS);
}

/** The same learner over any hashed features: bucket ids per example. */
export function fitHashedWeights(examples: readonly { ids: number[]; ai: boolean; weight: number }[], buckets: number): Float64Array {
  const w = new Float64Array(buckets);
  const g2 = new Float64Array(buckets).fill(1e-8);
  let bias = 0;
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0);
  const mean = totalWeight / examples.length;
  const encoded = examples.map((e) => {
    const ids = e.ids;
    const counts = new Map<number, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const norm = 1 / Math.sqrt(Math.max(1, ids.length));
    return { ids: [...counts.keys()], values: [...counts.values()].map((c) => c * norm), y: e.ai ? 1 : 0, weight: e.weight / mean };
  });
  for (let epoch = 0; epoch < SPARSE_EPOCHS; epoch++) {
    for (const ex of encoded) {
      let z = bias;
      for (let k = 0; k < ex.ids.length; k++) z += w[ex.ids[k]!]! * ex.values[k]!;
      const err = (1 / (1 + Math.exp(-z)) - ex.y) * ex.weight;
      for (let k = 0; k < ex.ids.length; k++) {
        const id = ex.ids[k]!;
        const g = err * ex.values[k]! + SPARSE_L2 * w[id]!;
        g2[id]! += g * g;
        w[id]! -= (SPARSE_RATE * g) / Math.sqrt(g2[id]!);
      }
      bias -= 0.01 * err;
    }
  }
  return w;
}

/** Int8 quantisation: 256 KiB shipped instead of 2 MiB of floats. */
export function quantize(table: Float64Array): { table: Int8Array; scale: number } {
  let max = 0;
  for (const v of table) max = Math.max(max, Math.abs(v));
  const clip = Math.min(max, 4);
  const scale = clip / 127;
  const q = new Int8Array(table.length);
  for (let i = 0; i < table.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(table[i]! / scale)));
  return { table: q, scale };
}

export interface Standardized {
  mean: number[];
  std: number[];
}

export function standardize(rows: readonly number[][], weights: readonly number[]): Standardized {
  const d = rows[0]!.length;
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  rows.forEach((r, n) => r.forEach((x, i) => (mean[i]! += (weights[n]! * x) / total)));
  rows.forEach((r, n) => r.forEach((x, i) => (std[i]! += (weights[n]! * (x - mean[i]!) ** 2) / total)));
  return { mean, std: std.map((v) => Math.sqrt(v) || 1) };
}

/** L2 strength: small; the features are few and standardised. */
const L2 = 1e-3;
const EPOCHS = 2000;
const LEARNING_RATE = 2;

/**
 * Full-batch gradient descent on weighted log-loss, projecting each weight onto its signal's allowed
 * sign after every step. Deterministic: no sampling.
 */
export function fitLogistic(x: readonly number[][], y: readonly boolean[], w: readonly number[], signs: readonly number[]): { weights: number[]; bias: number } {
  const d = x[0]!.length;
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const total = w.reduce((a, b) => a + b, 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let n = 0; n < x.length; n++) {
      let z = bias;
      for (let i = 0; i < d; i++) z += weights[i]! * x[n]![i]!;
      const err = (sigmoid(z) - (y[n] ? 1 : 0)) * (w[n]! / total);
      for (let i = 0; i < d; i++) grad[i]! += err * x[n]![i]!;
      gradBias += err;
    }
    for (let i = 0; i < d; i++) {
      weights[i]! -= LEARNING_RATE * (grad[i]! + L2 * weights[i]!);
      if (signs[i]! > 0) weights[i] = Math.max(0, weights[i]!);
      if (signs[i]! < 0) weights[i] = Math.min(0, weights[i]!);
    }
    bias -= LEARNING_RATE * gradBias;
  }
  return { weights, bias };
}

/** Platt scaling: fit p = sigmoid(a·logit + b) on held-out logits. */
export function fitPlatt(logits: readonly number[], y: readonly boolean[], w: readonly number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const total = w.reduce((s, v) => s + v, 0);
  for (let epoch = 0; epoch < 2000; epoch++) {
    let ga = 0;
    let gb = 0;
    for (let n = 0; n < logits.length; n++) {
      const err = (sigmoid(a * logits[n]! + b) - (y[n] ? 1 : 0)) * (w[n]! / total);
      ga += err * logits[n]!;
      gb += err;
    }
    a -= 0.5 * ga;
    b -= 0.5 * gb;
  }
  return { a, b };
}

/**
 * The lowest probability threshold at which every genre's human false-positive rate stays at or below
 * `maxFpr` (genres with fewer than `minHumans` human passages are pooled into one "other" genre).
 */
export function thresholdFor(items: readonly { p: number; ai: boolean; genre: string }[], maxFpr: number, minHumans = 100): number {
  const byGenre = new Map<string, number[]>();
  for (const it of items) {
    if (it.ai) continue;
    const list = byGenre.get(it.genre) ?? [];
    list.push(it.p);
    byGenre.set(it.genre, list);
  }
  const pooled: number[] = [];
  let threshold = 0;
  const need = (scores: number[]) => {
    const sorted = [...scores].sort((x, y) => y - x);
    const allowed = Math.floor(maxFpr * sorted.length);
    return sorted[allowed]! + 1e-9;
  };
  for (const scores of byGenre.values()) {
    if (scores.length < minHumans) pooled.push(...scores);
    else threshold = Math.max(threshold, need(scores));
  }
  if (pooled.length) threshold = Math.max(threshold, need(pooled));
  return Math.min(0.995, threshold);
}

export const SIGNAL_SIGNS = SIGNALS.map((s) => s.sign);
