// The learned part of the detector: a logistic regression over the hashed n-gram features of
// lib/detect/ngrams.ts, trained by AdaGrad in a fixed, hash-determined order (deterministic).
import { fnv1a32 } from '../../lib/detect/hashing';
import type { SparseVector } from '../../lib/detect/ngrams';

export interface LinearExample {
  x: SparseVector;
  ai: boolean;
  weight: number;
  /** Orders the passes: examples are visited by this key's hash, not by file. */
  key: string;
  /** The fold of sources the example's document belongs to (train-model.ts, SOURCE_FOLDS). */
  fold?: number;
}

export interface LinearOptions {
  epochs: number;
  rate: number;
  l2: number;
}

export const LINEAR_DEFAULTS: LinearOptions = { epochs: 6, rate: 0.05, l2: 1e-6 };

export interface LinearModel {
  weights: Float32Array;
  bias: number;
}

export function linearScore(model: LinearModel, x: SparseVector): number {
  let z = model.bias;
  for (let k = 0; k < x.ids.length; k++) z += model.weights[x.ids[k]!]! * x.values[k]!;
  return z;
}

export function fitLinear(examples: readonly LinearExample[], dimensions: number, options: LinearOptions = LINEAR_DEFAULTS, log: (line: string) => void = () => undefined): LinearModel {
  const w = new Float32Array(dimensions);
  const g2 = new Float32Array(dimensions).fill(1e-6);
  let bias = 0;
  let biasG2 = 1e-6;
  const mean = examples.reduce((s, e) => s + e.weight, 0) / Math.max(1, examples.length);
  const order = examples.map((e, i) => ({ i, h: fnv1a32(`order:${e.key}`) })).sort((a, b) => a.h - b.h || a.i - b.i).map((o) => o.i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let loss = 0;
    for (const i of order) {
      const ex = examples[i]!;
      const { ids, values } = ex.x;
      let z = bias;
      for (let k = 0; k < ids.length; k++) z += w[ids[k]!]! * values[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const y = ex.ai ? 1 : 0;
      const sw = ex.weight / mean;
      loss += sw * -(y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      const err = (p - y) * sw;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        const g = err * values[k]! + options.l2 * w[id]!;
        g2[id]! += g * g;
        w[id]! -= (options.rate * g) / Math.sqrt(g2[id]!);
      }
      biasG2 += err * err;
      bias -= (options.rate * err) / Math.sqrt(biasG2);
    }
    log(`  epoch ${epoch + 1}: mean loss ${(loss / examples.length).toFixed(4)}`);
  }
  return { weights: w, bias };
}
