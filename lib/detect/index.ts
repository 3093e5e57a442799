// The local detector: pure TypeScript with no browser API, the same in the extension's worker, Node and tests.
import type { Segment } from '../schema/deliverable';
import type { DetectionResult, DetectorInfo, DocumentLabel, SegmentLabel, SegmentVerdict } from '../schema/verdict';
import type { Sensitivity } from '../schema/sensitivity';
import { judgeability, type Unjudged } from './abstain';
import { aiShareOf, documentLabel, labelOf, labelPassages, type LabelThresholds } from './labels';
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
export { MODEL_VERSION } from './version';

export const LOCAL_DETECTOR: DetectorInfo = {
  id: 'assay-local',
  name: 'Assay local detector',
  version: ENGINE_VERSION,
  model: (params as unknown as ModelParams).version,
  kind: 'local',
};

/** Judged words a document needs before it gets a verdict of its own. */
export const MIN_DOCUMENT_WORDS = 50;
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

export { labelOf, passageThreshold } from './labels';

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
  // A passage's AI label depends on how many passages the document holds (labels.ts, passageThreshold).
  const thresholds: LabelThresholds = { ...preset, human: model.thresholds.human };
  const labelled = labelPassages(verdicts, thresholds);

  // The document is judged on all its prose, short passages included: a list of short points is
  // still a text. Code, tables, quotes, sign-offs and other languages stay out.
  const prose = labelled.filter((_, i) => !assessed[i]!.unjudged || assessed[i]!.unjudged!.kind === 'short');
  const proseText = prose.map((v) => undisguise(normalizeText(v.text))).join('\n');
  const { score, words: proseWords } = prose.length ? windowedScore(model, proseText) : { score: 0, words: 0 };
  const probability = prose.length ? calibrate(model, score, proseWords) : allPassageEstimate(labelled);
  options.onProgress?.(segments.length, segments.length);

  const judged = labelled.filter((v) => v.label !== 'unknown');
  const totalWords = labelled.reduce((sum, v) => sum + v.words, 0);
  const language = documentLanguage(labelled.map((v) => v.text).join('\n'));

  let label: DocumentLabel;
  let abstain: string | undefined;
  if (language) {
    label = 'unknown';
    abstain = `Not judged: ${language}. The detector is built for English.`;
  } else if (proseWords < MIN_DOCUMENT_WORDS) {
    label = 'unknown';
    abstain = labelled.length === 0 ? 'Not enough text: no readable passages.' : `Not enough text: ${proseWords} word${proseWords === 1 ? '' : 's'} of prose that can be judged (needs ${MIN_DOCUMENT_WORDS}).`;
  } else {
    label = documentLabel(probability, labelled, thresholds);
  }

  return {
    document: {
      label,
      probability,
      aiShare: aiShareOf(labelled),
      words: totalWords,
      passages: labelled.length,
      abstained: labelled.length - judged.length,
      ...(abstain ? { abstain } : {}),
      detectors: [info],
      threshold: preset.document,
      passageThreshold: preset.passage,
      humanThreshold: model.thresholds.human,
    },
    segments: labelled,
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
