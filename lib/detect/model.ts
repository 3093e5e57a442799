import { SIGNALS } from './features';
import type { SignalContext } from './features/types';
import type { TextStats } from './text';

/** The trained parameters as shipped in model.json (written by `npm run train`). */
export interface ModelParams {
  version: string;
  signals: string[];
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
  /** Platt scaling of the raw logit: p = sigmoid(a * logit + b), fitted on held-out data. */
  calibration: { a: number; b: number };
  thresholds: { cautious: number; balanced: number; sensitive: number };
  lexicon: { buckets: number; scale: number; table: string };
  style: { buckets: number; scale: number; table: string };
}

export interface LoadedModel extends Omit<ModelParams, 'lexicon' | 'style'> {
  context: SignalContext;
}

function decodeBase64(text: string): Uint8Array {
  if (typeof atob === 'function') return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  throw new Error('No base64 decoder in this runtime');
}

export function loadModel(params: ModelParams): LoadedModel {
  const ids = SIGNALS.map((s) => s.id);
  if (ids.join() !== params.signals.join()) throw new Error(`model.json was trained for signals ${params.signals.join(', ')}, not ${ids.join(', ')}: run npm run train`);
  const int8 = (text: string) => {
    const bytes = decodeBase64(text);
    return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const { lexicon, style, ...rest } = params;
  return {
    ...rest,
    context: {
      lexicon: { buckets: lexicon.buckets, scale: lexicon.scale, table: int8(lexicon.table) },
      style: { buckets: style.buckets, scale: style.scale, table: int8(style.table) },
    },
  };
}

export function featureVector(stats: TextStats, context: SignalContext): number[] {
  return SIGNALS.map((signal) => signal.compute(stats, context));
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface Scored {
  probability: number;
  /** Each signal's signed contribution to the logit. */
  contributions: number[];
}

export function scoreFeatures(model: LoadedModel, features: readonly number[]): Scored {
  let logit = model.bias;
  const contributions = features.map((x, i) => {
    const z = (x - model.mean[i]!) / model.std[i]!;
    const c = model.weights[i]! * z;
    logit += c;
    return c;
  });
  return { probability: sigmoid(model.calibration.a * logit + model.calibration.b), contributions };
}
