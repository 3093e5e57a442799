// The local detector: pure TypeScript with no browser API, the same in the extension's worker, Node and tests.
import type { Segment } from '../schema/deliverable';
import type { DetectionResult, DetectorInfo, DocumentLabel, Reason, SegmentVerdict } from '../schema/verdict';
import type { Sensitivity } from '../settings/schema';
import { abstainReason } from './abstain';
import { SIGNALS } from './features';
import params from './model.json';
import { featureVector, loadModel, scoreFeatures, type ModelParams } from './model';
import { normalizeText, statsOf } from './text';
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

const model = loadModel(params as ModelParams);

/** Probability at or above which a passage is labelled machine-written, per sensitivity preset. */
export const THRESHOLDS: Record<Sensitivity, number> = model.thresholds;

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

export function scorePassage(segment: Pick<Segment, 'id' | 'kind' | 'text'>, threshold: number): Omit<SegmentVerdict, 'start' | 'end'> {
  const text = normalizeText(segment.text);
  const stats = statsOf(undisguise(text));
  const features = featureVector(stats, model.context);
  const { probability, contributions } = scoreFeatures(model, features);
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

export function detect(segments: readonly Segment[], options: DetectOptions): DetectionResult {
  const threshold = THRESHOLDS[options.sensitivity];
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
      detectors: [LOCAL_DETECTOR],
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
