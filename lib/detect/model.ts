import type { Sensitivity } from '../schema/sensitivity';
import { SIGNALS } from './features';
import { sparseFeatures, type FeatureSpace, type SparseVector } from './ngrams';
import { statsOf, type TextStats } from './text';

/** Thresholds of one sensitivity preset: from these probabilities up, a document or passage is labelled AI. */
export interface PresetThresholds {
  document: number;
  passage: number;
}

/** The trained parameters as shipped in model.json (written by `npm run train`). */
export interface ModelParams {
  version: string;
  space: FeatureSpace;
  /** The n-gram weights, int8 quantised (weight = value × scale), base64. */
  ngrams: { scale: number; table: string };
  /**
   * Hand-made signals added to the n-gram score, each standardised and weighted (sign-constrained in
   * training, see features/types.ts): evidence the n-grams see poorly, and plain-word reasons.
   */
  signals: { ids: string[]; mean: number[]; std: number[]; weights: number[] };
  bias: number;
  /**
   * p = sigmoid(a·s + b + c·s·ℓ + d·ℓ) with s the raw score and ℓ = ln(words / 100): a longer text
   * says more, so the same raw score is surer (fitted on the calibration split).
   */
  calibration: { a: number; b: number; c: number; d: number };
  thresholds: {
    /** At or below this probability a passage or document is labelled *Likely human*. */
    human: number;
    presets: Record<Sensitivity, PresetThresholds>;
  };
}

export interface LoadedModel extends Omit<ModelParams, 'ngrams'> {
  table: Int8Array;
  scale: number;
}

function decodeBase64(text: string): Uint8Array {
  if (typeof atob !== 'function') throw new Error('No base64 decoder in this runtime');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function loadModel(params: ModelParams): LoadedModel {
  const ids = SIGNALS.map((s) => s.id);
  if (ids.join() !== params.signals.ids.join()) throw new Error(`model.json was trained for signals ${params.signals.ids.join(', ')}, not ${ids.join(', ')}: run npm run train`);
  const bytes = decodeBase64(params.ngrams.table);
  const { ngrams, ...rest } = params;
  const dimensions = params.space.wordBuckets + params.space.charBuckets + params.space.styleBuckets;
  if (bytes.length !== dimensions) throw new Error(`model.json holds ${bytes.length} n-gram weights, its feature space needs ${dimensions}`);
  return { ...rest, table: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), scale: ngrams.scale };
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Each part's signed share of the raw score, in log-odds units: > 0 towards machine. */
export interface Contributions {
  words: number;
  characters: number;
  style: number;
  /** One per hand-made signal, in SIGNALS order. */
  signals: number[];
}

export interface RawScore {
  score: number;
  words: number;
  contributions: Contributions;
  /** Signal values, for the plain-word reasons. */
  signalValues: number[];
  stats: TextStats;
  vector: SparseVector;
}

/** The uncalibrated log-odds of one text (a passage or a window of one), with what each part added. */
export function rawScore(model: LoadedModel, text: string): RawScore {
  const vector = sparseFeatures(text, model.space);
  const charStart = model.space.wordBuckets;
  const styleStart = charStart + model.space.charBuckets;
  const parts = [0, 0, 0];
  for (let k = 0; k < vector.ids.length; k++) {
    const id = vector.ids[k]!;
    parts[id < charStart ? 0 : id < styleStart ? 1 : 2]! += model.table[id]! * vector.values[k]!;
  }
  const stats = statsOf(text);
  const signalValues = SIGNALS.map((signal) => signal.compute(stats));
  const signals = signalValues.map((x, i) => model.signals.weights[i]! * ((x - model.signals.mean[i]!) / model.signals.std[i]!));
  const contributions = { words: parts[0]! * model.scale, characters: parts[1]! * model.scale, style: parts[2]! * model.scale, signals };
  const score = model.bias + contributions.words + contributions.characters + contributions.style + signals.reduce((a, b) => a + b, 0);
  return { score, words: vector.words, contributions, signalValues, stats, vector };
}

/**
 * Length of a text in the calibration's terms, between a floor (shorter texts say no less than this)
 * and one window: beyond a window, length adds evidence through the windows themselves (windows.ts).
 */
export const lengthTerm = (words: number) => Math.log(Math.min(Math.max(words, 10), SINGLE_WINDOW_WORDS) / 100);

/** The longest text scored as one window (1.5 windows: a shorter tail joins the window before it). */
export const SINGLE_WINDOW_WORDS = 375;

export function calibrate(model: Pick<ModelParams, 'calibration'>, score: number, words: number): number {
  const { a, b, c, d } = model.calibration;
  const l = lengthTerm(words);
  return sigmoid(a * score + b + c * score * l + d * l);
}
