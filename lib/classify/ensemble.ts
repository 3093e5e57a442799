import { aiShareOf, documentLabel, labelPassages, type LabelThresholds } from '../detect/labels';
import type { DetectionResult, DetectorInfo, SegmentVerdict } from '../schema/verdict';
import type { ClassifierAnswer } from './protocol';

/**
 * Combining the local verdict with remote answers: weighted log-odds of calibrated probabilities,
 * per passage and per document. The local detector keeps the largest weight: its calibration is
 * measured (docs/accuracy.md), the remote ones' is not yet on our data.
 */
export const WEIGHTS: Record<string, number> = {
  /** Measured and calibrated on held-out data. */
  local: 1,
  /** The self-hosted Assay server runs the same engine: no new evidence, so it adds little. */
  assay: 0.25,
  /** Commercial detectors: unmeasured here; half the local weight until their reliability is measured. */
  default: 0.5,
};
/** A document-only score says nothing about which passage is machine-written: it counts for less per passage. */
const DOCUMENT_ONLY_FACTOR = 0.5;
/** Probabilities are kept off 0 and 1 so one certain voice cannot silence the others. */
const EPSILON = 1e-3;

const logit = (p: number) => {
  const q = Math.min(1 - EPSILON, Math.max(EPSILON, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export interface RemoteOpinion {
  id: string;
  name: string;
  answer: ClassifierAnswer;
}

export function weightOf(id: string): number {
  return WEIGHTS[id] ?? WEIGHTS.default!;
}

export function combineProbabilities(parts: readonly { p: number; w: number }[]): number {
  const total = parts.reduce((n, x) => n + x.w, 0);
  if (total === 0) return 0;
  return sigmoid(parts.reduce((n, x) => n + x.w * logit(x.p), 0) / total);
}

/** One word per probability band, the same for every opinion (the local detector's and each remote one's). */
const verdictWord = (p: number, threshold: number, human: number) => (p >= threshold ? 'likely AI' : p <= human ? 'likely human' : 'unsure');

/** "local: likely human 0.12 — GPTZero: likely AI 0.91", or undefined when all sides agree. */
export function disagreement(local: number, remotes: readonly { name: string; p: number }[], threshold: number, human = 0): string | undefined {
  const words = [verdictWord(local, threshold, human), ...remotes.map((r) => verdictWord(r.p, threshold, human))];
  if (new Set(words).size <= 1) return undefined;
  return [`local: ${words[0]} ${local.toFixed(2)}`, ...remotes.map((r, i) => `${r.name}: ${words[i + 1]} ${r.p.toFixed(2)}`)].join(' — ');
}

/**
 * The combined result: every passage's probability and label recomputed from all opinions, the local
 * abstentions kept (a remote opinion never turns "too short to judge" into a verdict), every remote
 * detector listed, and the disagreement stated as a reason where it exists.
 */
export function combine(local: DetectionResult, remotes: readonly RemoteOpinion[]): DetectionResult {
  if (remotes.length === 0) return local;
  const thresholds: LabelThresholds = {
    document: local.document.threshold,
    passage: local.document.passageThreshold ?? local.document.threshold,
    // A verdict from before the human threshold existed can never be Likely human (it was not measured).
    human: local.document.humanThreshold ?? 0,
  };
  const threshold = thresholds.passage;
  const combinedSegments: SegmentVerdict[] = local.segments.map((segment) => {
    const opinions = remotes.flatMap((r) => {
      const score = r.answer.passages.find((p) => p.id === segment.id);
      return score ? [{ name: r.name, p: score.probability, w: weightOf(r.id) * (r.answer.documentOnly ? DOCUMENT_ONLY_FACTOR : 1) }] : [];
    });
    if (opinions.length === 0) return segment;
    const probability = combineProbabilities([{ p: segment.probability, w: WEIGHTS.local! }, ...opinions]);
    const note = disagreement(segment.probability, opinions, threshold, thresholds.human);
    return { ...segment, probability, reasons: note ? [...segment.reasons, { signal: 'disagreement', text: note, weight: 0 }] : segment.reasons };
  });
  // The combined probabilities are labelled by the local detector's rules and thresholds.
  const segments = labelPassages(combinedSegments, thresholds);
  const aiShare = aiShareOf(segments);
  const documentProbability = combineProbabilities([
    { p: local.document.probability, w: WEIGHTS.local! },
    ...remotes.map((r) => ({ p: r.answer.document.probability, w: weightOf(r.id) })),
  ]);
  const label = local.document.label === 'unknown' ? 'unknown' : documentLabel(documentProbability, segments, thresholds);
  const detectors: DetectorInfo[] = [...local.document.detectors, ...remotes.map((r) => ({ id: r.id, name: r.name, version: `${r.answer.model.name} ${r.answer.model.version}`, kind: 'remote' as const }))];
  return { document: { ...local.document, probability: documentProbability, aiShare, label, detectors }, segments };
}
