// The local detector: pure TypeScript with no browser API, the same in the extension's worker, Node and tests.
import type { Segment } from '../schema/deliverable';
import type { DetectionResult, DetectorInfo, DocumentLabel, Reason, SegmentVerdict } from '../schema/verdict';
import type { Sensitivity } from '../schema/sensitivity';
import { abstainReason } from './abstain';
import { SIGNALS } from './features';
import params from './model.json';
import { featureVector, loadModel, scoreFeatures, type LoadedModel, type ModelParams } from './model';
import { countWords, normalizeText, sentencesOf, statsOf } from './text';
import { undisguise, unicodeReasons } from './unicode';

export { normalizeText };

export const ENGINE_VERSION = '0.1.0';
export const MODEL_VERSION = (params as ModelParams).version;

export const LOCAL_DETECTOR: DetectorInfo = {
  id: 'assay-local',
  name: 'Assay local detector',
  version: ENGINE_VERSION,
  model: MODEL_VERSION,
  kind: 'local',
};

/** Probability at or above which a passage is labelled machine-written, per sensitivity preset. */
export const THRESHOLDS: Record<Sensitivity, number> = (params as ModelParams).thresholds;

/** Judged words a document needs before it gets a verdict of its own. */
export const MIN_DOCUMENT_WORDS = 50;
/** Share of judged words in AI passages from which the whole document is called AI rather than mixed. */
export const AI_DOCUMENT_SHARE = 0.8;
/** Signals named in a passage's explanation. */
const MAX_REASONS = 3;
/** Contributions smaller than this (in logit units) are not worth naming. */
const MIN_REASON_WEIGHT = 0.15;
/** Passages between progress reports. */
const PROGRESS_EVERY = 50;

export interface DetectOptions {
  sensitivity: Sensitivity;
  onProgress?: (done: number, total: number) => void;
}

function explain(contributions: readonly number[], features: readonly number[], stats: ReturnType<typeof statsOf>): Reason[] {
  return contributions
    .map((weight, i) => ({ weight, i }))
    .filter(({ weight }) => Math.abs(weight) >= MIN_REASON_WEIGHT)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_REASONS)
    .map(({ weight, i }) => {
      const signal = SIGNALS[i]!;
      return { signal: signal.id, text: signal.explain(weight > 0, features[i]!, stats), weight: Math.round(weight * 100) / 100 };
    });
}

export interface Detector {
  info: DetectorInfo;
  thresholds: Record<Sensitivity, number>;
  scorePassage(segment: Pick<Segment, 'id' | 'kind' | 'text'>, threshold: number): Omit<SegmentVerdict, 'start' | 'end'>;
  detect(segments: readonly Segment[], options: DetectOptions): DetectionResult;
}

/** A detector over given parameters: the shipped ones below, or a model under evaluation. */
export function createDetector(modelParams: ModelParams, info: DetectorInfo = { ...LOCAL_DETECTOR, model: modelParams.version }): Detector {
  const model = loadModel(modelParams);
  const scorePassage: Detector['scorePassage'] = (segment, threshold) => scoreWith(model, segment, threshold);
  return {
    info,
    thresholds: model.thresholds,
    scorePassage,
    detect: (segments, options) => detectWith(scorePassage, info, model.thresholds[options.sensitivity], segments, options),
  };
}

/** Passages longer than this are scored in windows: the model was trained on passages of 40–220 words. */
export const WINDOW_WORDS = 220;

/**
 * A long passage is cut at sentence boundaries into windows of about WINDOW_WORDS words; its probability
 * and each signal's contribution are the word-weighted means over the windows.
 */
function scoreWindows(model: LoadedModel, stats: ReturnType<typeof statsOf>): { probability: number; contributions: number[]; features: number[] } {
  if (stats.words.length <= WINDOW_WORDS * 1.5) {
    const features = featureVector(stats, model.context);
    return { ...scoreFeatures(model, features), features };
  }
  const windows: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of sentencesOf(stats.text)) {
    current.push(sentence);
    words += countWords(sentence);
    if (words >= WINDOW_WORDS) {
      windows.push(current.join(' '));
      current = [];
      words = 0;
    }
  }
  if (current.length) windows.push(current.join(' '));
  let total = 0;
  let probability = 0;
  let contributions: number[] = [];
  let features: number[] = [];
  for (const window of windows) {
    const windowStats = statsOf(window);
    const n = windowStats.words.length;
    const f = featureVector(windowStats, model.context);
    const scored = scoreFeatures(model, f);
    probability += scored.probability * n;
    contributions = scored.contributions.map((c, i) => (contributions[i] ?? 0) + c * n);
    features = f.map((v, i) => (features[i] ?? 0) + v * n);
    total += n;
  }
  return { probability: probability / total, contributions: contributions.map((c) => c / total), features: features.map((v) => v / total) };
}

function scoreWith(model: LoadedModel, segment: Pick<Segment, 'id' | 'kind' | 'text'>, threshold: number): Omit<SegmentVerdict, 'start' | 'end'> {
  const text = normalizeText(segment.text);
  const stats = statsOf(undisguise(text));
  const { probability, contributions, features } = scoreWindows(model, stats);
  const abstain = abstainReason(segment, stats);
  const reasons = [...unicodeReasons(segment.text), ...(abstain ? [] : explain(contributions, features, stats))];
  return {
    id: segment.id,
    kind: segment.kind,
    text: segment.text,
    words: stats.words.length,
    label: abstain ? 'unknown' : probability >= threshold ? 'ai' : 'human',
    probability,
    reasons,
    ...(abstain ? { abstain } : {}),
  };
}

function documentAbstain(segments: readonly SegmentVerdict[], judgedWords: number): string {
  if (segments.length === 0) return 'Not enough text: the page has no readable passages';
  const reasons = segments.filter((s) => s.abstain).map((s) => s.abstain!);
  const language = reasons.find((r) => r.includes('English'));
  const totalWords = segments.reduce((sum, s) => sum + s.words, 0);
  if (language && totalWords >= MIN_DOCUMENT_WORDS) return `Not enough English text: ${language}`;
  return `Not enough text: ${judgedWords} words in passages that can be judged (needs ${MIN_DOCUMENT_WORDS})`;
}

function detectWith(
  scorePassage: Detector['scorePassage'],
  info: DetectorInfo,
  threshold: number,
  segments: readonly Segment[],
  options: DetectOptions,
): DetectionResult {
  const verdicts: SegmentVerdict[] = [];
  let offset = 0;
  segments.forEach((segment, index) => {
    const length = normalizeText(segment.text).length;
    verdicts.push({ ...scorePassage(segment, threshold), start: offset, end: offset + length });
    offset += length + 2;
    if ((index + 1) % PROGRESS_EVERY === 0) options.onProgress?.(index + 1, segments.length);
  });
  options.onProgress?.(segments.length, segments.length);

  const judged = verdicts.filter((v) => v.label !== 'unknown');
  const judgedWords = judged.reduce((sum, v) => sum + v.words, 0);
  const aiWords = judged.filter((v) => v.label === 'ai').reduce((sum, v) => sum + v.words, 0);
  // The document's probability weighs each judged passage by its words, so a long passage counts more.
  const probability = judgedWords > 0 ? judged.reduce((sum, v) => sum + v.probability * v.words, 0) / judgedWords : allPassageEstimate(verdicts);
  const aiShare = judgedWords > 0 ? aiWords / judgedWords : 0;
  let label: DocumentLabel;
  if (judgedWords < MIN_DOCUMENT_WORDS) label = 'unknown';
  else if (aiShare >= AI_DOCUMENT_SHARE) label = 'ai';
  else if (aiWords > 0) label = 'mixed';
  else label = 'human';

  return {
    document: {
      label,
      probability,
      aiShare,
      words: verdicts.reduce((sum, v) => sum + v.words, 0),
      passages: verdicts.length,
      abstained: verdicts.length - judged.length,
      ...(label === 'unknown' ? { abstain: documentAbstain(verdicts, judgedWords) } : {}),
      detectors: [info],
      threshold,
    },
    segments: verdicts,
  };
}

/** The best estimate when nothing could be judged: every passage's probability, weighted by words. */
function allPassageEstimate(verdicts: readonly SegmentVerdict[]): number {
  const words = verdicts.reduce((sum, v) => sum + v.words, 0);
  return words > 0 ? verdicts.reduce((sum, v) => sum + v.probability * v.words, 0) / words : 0;
}

const shipped = createDetector(params as ModelParams, LOCAL_DETECTOR);
/** Scores one passage with the shipped model. */
export const scorePassage = shipped.scorePassage;
/** Scores a deliverable's passages with the shipped model: the verdict per passage and for the document. */
export const detect = shipped.detect;
