// The local detector: pure TypeScript with no browser API, the same in the extension's worker, Node and tests.
import type { Segment } from '../schema/deliverable';
import type { DetectionResult, DetectorInfo, DocumentLabel, SegmentLabel, SegmentVerdict } from '../schema/verdict';
import type { Sensitivity } from '../schema/sensitivity';
import { judgeability, type Unjudged } from './abstain';
import { documentLanguage } from './language';
import params from './model.json';
import { calibrate, loadModel, rawScore, SINGLE_WINDOW_WORDS, type LoadedModel, type ModelParams } from './model';
import { explain } from './reasons';
import { normalizeText } from './text';
import { windowedScore } from './windows';
import { undisguise, unicodeReasons } from './unicode';

export { normalizeText };
export { WINDOW_WORDS, windowsOf } from './windows';

export const ENGINE_VERSION = '0.2.0';
export const MODEL_VERSION = (params as unknown as ModelParams).version;

export const LOCAL_DETECTOR: DetectorInfo = {
  id: 'assay-local',
  name: 'Assay local detector',
  version: ENGINE_VERSION,
  model: MODEL_VERSION,
  kind: 'local',
};

/** Judged words a document needs before it gets a verdict of its own. */
export const MIN_DOCUMENT_WORDS = 50;
/**
 * A document whose probability reaches the AI threshold is still *Mixed*, not *Likely AI*, when
 * passages holding at least this share of its judged words lean human on their own (probability
 * under one half): one machine paragraph can carry a short document's score.
 */
export const HUMAN_LEANING_SHARE_FOR_MIXED = 0.3;
/** Passages between progress reports. */
const PROGRESS_EVERY = 50;

export interface DetectOptions {
  sensitivity: Sensitivity;
  onProgress?: (done: number, total: number) => void;
}

export interface Detector {
  info: DetectorInfo;
  model: LoadedModel;
  /** Scores one passage on its own: its verdict with reasons. */
  scorePassage(segment: Pick<Segment, 'id' | 'kind' | 'text'>, sensitivity: Sensitivity): Omit<SegmentVerdict, 'start' | 'end'>;
  /** The probability that a whole text is machine-written, scored in windows (tools and evaluation). */
  scoreText(text: string): { probability: number; words: number };
  detect(segments: readonly Segment[], options: DetectOptions): DetectionResult;
}

export function labelOf(probability: number, aiThreshold: number, humanThreshold: number): Exclude<SegmentLabel, 'unknown'> {
  if (probability >= aiThreshold) return 'ai';
  if (probability <= humanThreshold) return 'human';
  return 'unsure';
}

/** A detector over given parameters: the shipped ones below, or a model under evaluation. */
export function createDetector(modelParams: ModelParams, info: DetectorInfo = { ...LOCAL_DETECTOR, model: modelParams.version }): Detector {
  const model = loadModel(modelParams);

  const assess = (segment: Pick<Segment, 'id' | 'kind' | 'text'>, sensitivity: Sensitivity): Assessed => {
    const text = undisguise(normalizeText(segment.text));
    const single = rawScore(model, text);
    const { score, words } = single.words > SINGLE_WINDOW_WORDS ? windowedScore(model, text) : single;
    const probability = calibrate(model, score, words);
    const unjudged = judgeability(segment, single.stats);
    const label: SegmentLabel = unjudged ? 'unknown' : labelOf(probability, model.thresholds.presets[sensitivity].passage, model.thresholds.human);
    const verdict = {
      id: segment.id,
      kind: segment.kind,
      text: segment.text,
      words: single.stats.words.length,
      label,
      probability,
      reasons: [...unicodeReasons(segment.text), ...(unjudged ? [] : explain(model, single))],
      ...(unjudged ? { abstain: unjudged.reason } : {}),
    };
    return { verdict, unjudged };
  };
  const scorePassage: Detector['scorePassage'] = (segment, sensitivity) => assess(segment, sensitivity).verdict;

  const scoreText: Detector['scoreText'] = (text) => {
    const { score, words } = windowedScore(model, undisguise(normalizeText(text)));
    return { probability: calibrate(model, score, words), words };
  };

  return { info, model, scorePassage, scoreText, detect: (segments, options) => detectWith(model, assess, info, segments, options) };
}

interface Assessed {
  verdict: Omit<SegmentVerdict, 'start' | 'end'>;
  unjudged?: Unjudged;
}

function detectWith(model: LoadedModel, assess: (segment: Segment, sensitivity: Sensitivity) => Assessed, info: DetectorInfo, segments: readonly Segment[], options: DetectOptions): DetectionResult {
  const preset = model.thresholds.presets[options.sensitivity];
  const assessed: Assessed[] = [];
  const verdicts: SegmentVerdict[] = [];
  let offset = 0;
  segments.forEach((segment, index) => {
    const length = normalizeText(segment.text).length;
    const a = assess(segment, options.sensitivity);
    assessed.push(a);
    verdicts.push({ ...a.verdict, start: offset, end: offset + length });
    offset += length + 2;
    if ((index + 1) % PROGRESS_EVERY === 0) options.onProgress?.(index + 1, segments.length);
  });

  // The document is judged on all its prose, short passages included: a list of short points is
  // still a text. Code, tables, quotes, sign-offs and other languages stay out.
  const prose = verdicts.filter((_, i) => !assessed[i]!.unjudged || assessed[i]!.unjudged!.kind === 'short');
  const proseText = prose.map((v) => undisguise(normalizeText(v.text))).join('\n');
  const { score, words: proseWords } = prose.length ? windowedScore(model, proseText) : { score: 0, words: 0 };
  const probability = prose.length ? calibrate(model, score, proseWords) : allPassageEstimate(verdicts);
  options.onProgress?.(segments.length, segments.length);

  const judged = verdicts.filter((v) => v.label !== 'unknown');
  const judgedWords = judged.reduce((sum, v) => sum + v.words, 0);
  const wordsLabelled = (label: SegmentLabel) => judged.filter((v) => v.label === label).reduce((sum, v) => sum + v.words, 0);
  const aiWords = wordsLabelled('ai');
  const humanLeaningWords = judged.filter((v) => v.probability < 0.5).reduce((sum, v) => sum + v.words, 0);
  const totalWords = verdicts.reduce((sum, v) => sum + v.words, 0);
  const language = documentLanguage(verdicts.map((v) => v.text).join('\n'));

  let label: DocumentLabel;
  let abstain: string | undefined;
  if (language) {
    label = 'unknown';
    abstain = `Not judged: ${language}. The detector is built for English.`;
  } else if (proseWords < MIN_DOCUMENT_WORDS) {
    label = 'unknown';
    abstain = verdicts.length === 0 ? 'Not enough text: no readable passages.' : `Not enough text: ${proseWords} word${proseWords === 1 ? '' : 's'} of prose that can be judged (needs ${MIN_DOCUMENT_WORDS}).`;
  } else if (probability >= preset.document) {
    label = judgedWords > 0 && humanLeaningWords / judgedWords >= HUMAN_LEANING_SHARE_FOR_MIXED ? 'mixed' : 'ai';
  } else if (aiWords > 0) {
    label = 'mixed';
  } else if (probability <= model.thresholds.human) {
    label = 'human';
  } else {
    label = 'unsure';
  }

  return {
    document: {
      label,
      probability,
      aiShare: judgedWords > 0 ? aiWords / judgedWords : 0,
      words: totalWords,
      passages: verdicts.length,
      abstained: verdicts.length - judged.length,
      ...(abstain ? { abstain } : {}),
      detectors: [info],
      threshold: preset.document,
      humanThreshold: model.thresholds.human,
    },
    segments: verdicts,
  };
}

/** The best estimate when no prose could be judged: every passage's probability, weighted by words. */
function allPassageEstimate(verdicts: readonly SegmentVerdict[]): number {
  const words = verdicts.reduce((sum, v) => sum + v.words, 0);
  return words > 0 ? verdicts.reduce((sum, v) => sum + v.probability * v.words, 0) / words : 0.5;
}

let shipped: Detector | undefined;
/** The shipped model, decoded on first use (a few megabytes: not at import time). */
export function shippedDetector(): Detector {
  shipped ??= createDetector(params as unknown as ModelParams, LOCAL_DETECTOR);
  return shipped;
}
/** The shipped model's thresholds: *Likely human* at or below `human`; *Likely AI* per preset. */
export const shippedThresholds = () => shippedDetector().model.thresholds;
/** Scores one passage with the shipped model. */
export const scorePassage: Detector['scorePassage'] = (segment, sensitivity) => shippedDetector().scorePassage(segment, sensitivity);
/** Scores a whole text with the shipped model, in windows. */
export const scoreText: Detector['scoreText'] = (text) => shippedDetector().scoreText(text);
/** Scores a deliverable's passages with the shipped model: the verdict per passage and for the document. */
export const detect: Detector['detect'] = (segments, options) => shippedDetector().detect(segments, options);
