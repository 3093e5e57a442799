// Training of the local detector, shared by `npm run train` and the leave-one-source-out evaluation.
import { join } from 'node:path';
import { SIGNALS } from '../../lib/detect/features';
import { fnv1a32 } from '../../lib/detect/hashing';
import { sparseFeatures, type FeatureSpace } from '../../lib/detect/ngrams';
import { loadModel, type ModelParams } from '../../lib/detect/model';
import { genreOf, passagesOf, splitOf, type Row } from './data';
import { fitCalibration, fitCombination, type CalibrationItem } from './combine';
import { fitLinear, type LinearExample } from './linear';
import { chooseThresholds, type ThresholdReport } from './thresholds';

export const SPACE: FeatureSpace = { wordBuckets: 1 << 20, charBuckets: 1 << 20, styleBuckets: 1 << 16 };
/** Longest training chunk in words: about the window the detector scores (WINDOW_WORDS), with room. */
const MAX_CHUNK_WORDS = 320;
/** Chunks taken from one document: more would let long documents dominate. */
const CHUNKS_PER_DOCUMENT = 3;

export interface TrainedModel {
  json: string;
  params: ModelParams;
  report: ThresholdReport;
  /** One model per fold of sources, trained without them: how the recipe fares on sources it never saw. */
  folds: ModelParams[];
}

/** Hash-chosen chunks of a document, as the detector will see them (paragraphs, cut at sentences). */
export function chunksOf(text: string, maxWords = MAX_CHUNK_WORDS, count = CHUNKS_PER_DOCUMENT): string[] {
  return passagesOf(text, 40, maxWords)
    .sort((a, b) => fnv1a32(a) - fnv1a32(b))
    .slice(0, count);
}

/**
 * Training examples with weights: within a genre and label, a document's chunks share one unit of
 * weight; a genre's total grows with the square root of its size (a big source counts more than a
 * small one, but not in proportion); machine and human text carry equal weight overall.
 */
export function linearExamples(rows: readonly Row[], space: FeatureSpace = SPACE): LinearExample[] {
  const sizes = new Map<string, number>();
  const groupOf = (r: Row) => `${genreOf(r)}|${r.label}`;
  for (const r of rows) sizes.set(groupOf(r), (sizes.get(groupOf(r)) ?? 0) + 1);
  const out: LinearExample[] = [];
  for (const r of rows) {
    const chunks = chunksOf(r.text);
    const weight = 1 / chunks.length / Math.sqrt(sizes.get(groupOf(r))!);
    for (const c of chunks) out.push({ x: sparseFeatures(c, space), ai: r.label === 'ai', weight, key: `${r.id}|${fnv1a32(c)}`, fold: sourceFold(r.file) });
  }
  const totals = { ai: 0, human: 0 };
  for (const e of out) totals[e.ai ? 'ai' : 'human'] += e.weight;
  for (const e of out) e.weight /= totals[e.ai ? 'ai' : 'human'];
  return out;
}

/** Int8 quantisation of the n-gram weights: 2 MiB shipped instead of 8 MiB of floats. */
export function quantize(weights: Float32Array): { table: Int8Array; scale: number } {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const table = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) table[i] = Math.round(weights[i]! / scale);
  return { table, scale };
}

const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Sources (data files) are split into this many folds. The calibration and the thresholds are fitted
 * on how the detector behaves on sources it has never seen: each calibration document is scored by an
 * n-gram model trained without its whole source. A deliverable is always from a source the shipped
 * model never saw, so that is the behaviour the probabilities and thresholds must be right for;
 * in-source scores are surer than they will ever be in use.
 */
export const SOURCE_FOLDS = 5;
/** Where `npm run train` leaves the fold models for `npm run eval` (not shipped, not committed). */
export const FOLD_CACHE = join(import.meta.dirname, '../../.cache/detector-folds');
export const sourceFold = (file: string) => fnv1a32(`fold:${file}`) % SOURCE_FOLDS;

const EMPTY_SIGNALS = { ids: SIGNALS.map((s) => s.id), mean: SIGNALS.map(() => 0), std: SIGNALS.map(() => 1), weights: SIGNALS.map(() => 0) };
const NO_THRESHOLDS: ModelParams['thresholds'] = { human: 0, presets: { cautious: { document: 1.01, passage: 1.01 }, balanced: { document: 1.01, passage: 1.01 }, sensitive: { document: 1.01, passage: 1.01 } } };

/** Parameters around n-gram weights: quantised, no signals, identity calibration (the combination fills these). */
function ngramParams(weights: Float32Array, bias: number): ModelParams {
  const q = quantize(weights);
  return { version: 'provisional', space: SPACE, ngrams: { scale: q.scale, table: Buffer.from(q.table.buffer).toString('base64') }, signals: EMPTY_SIGNALS, bias, calibration: { a: 1, b: 0, c: 0, d: 0 }, thresholds: NO_THRESHOLDS };
}

/**
 * Learns a model from rows already filtered to the ones training may see: the n-gram weights on the
 * train split (once on every source, and once per fold without the fold's sources); the hand-made
 * signals' weights, the calibration and the thresholds on the calibrate split, as scored by the fold
 * models (see SOURCE_FOLDS).
 */
export function trainModel(rows: readonly Row[], log: (line: string) => void = () => undefined): TrainedModel {
  const train = rows.filter((r) => splitOf(r) === 'train');
  const calibrate = rows.filter((r) => splitOf(r) === 'calibrate');
  log(`${rows.length} rows (${train.length} train, ${calibrate.length} calibrate)`);

  const examples = linearExamples(train);
  log(`${examples.length} training chunks`);
  const dimensions = SPACE.wordBuckets + SPACE.charBuckets + SPACE.styleBuckets;
  const final = fitLinear(examples, dimensions, undefined, log);
  const foldWeights = Array.from({ length: SOURCE_FOLDS }, (_, fold) => {
    const subset = examples.filter((e) => e.fold !== fold);
    log(`fold ${fold + 1}/${SOURCE_FOLDS}: ${subset.length} chunks from the other folds' sources`);
    return fitLinear(subset, dimensions);
  });
  const foldModels = foldWeights.map((w) => loadModel(ngramParams(w.weights, w.bias)));
  const foldModel = (row: Row) => foldModels[sourceFold(row.file)]!;

  const finalParams = ngramParams(final.weights, final.bias);
  const combination = fitCombination(foldModel, calibrate, log);
  const items: CalibrationItem[] = combination.items();
  const calibration = fitCalibration(items);
  log(`calibration ${JSON.stringify(calibration)}`);
  /** The full parameters around one set of n-gram weights: the combination and calibration fitted above. */
  const complete = (ngrams: ModelParams): ModelParams => ({
    ...ngrams,
    ngrams: { scale: ngrams.ngrams.scale * combination.ngramWeight, table: ngrams.ngrams.table },
    signals: combination.signals,
    bias: combination.bias + combination.ngramWeight * ngrams.bias,
    calibration,
  });
  const foldParams = foldWeights.map((w) => complete(ngramParams(w.weights, w.bias)));
  const { thresholds, report } = chooseThresholds((row) => foldParams[sourceFold(row.file)]!, calibrate, log);

  const shipped = complete(finalParams);
  const body = {
    space: SPACE,
    ngrams: { scale: round(shipped.ngrams.scale, 10), table: shipped.ngrams.table },
    signals: { ...shipped.signals, mean: shipped.signals.mean.map((v) => round(v)), std: shipped.signals.std.map((v) => round(v)), weights: shipped.signals.weights.map((v) => round(v)) },
    bias: round(shipped.bias),
    calibration: { a: round(calibration.a), b: round(calibration.b), c: round(calibration.c), d: round(calibration.d) },
    thresholds,
  };
  const version = `2-${fnv1a32(JSON.stringify(body)).toString(36)}`;
  const params: ModelParams = { version, ...body };
  return { json: `${JSON.stringify(params, null, 1)}\n`, params, report, folds: foldParams.map((p) => ({ ...p, thresholds })) };
}
