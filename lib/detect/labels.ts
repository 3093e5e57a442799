import type { DocumentLabel, SegmentLabel, SegmentVerdict } from '../schema/verdict';

/**
 * How probabilities become labels, for the local detector and for a verdict combined with second
 * opinions alike. Pure: no model, so the ensemble and the store can use it without loading one.
 */

/**
 * Judged passages a document may hold before its passage threshold rises. Each passage is another
 * chance for a person's paragraph to cross the threshold by chance, so a long document's passages
 * need stronger evidence (odds raised in proportion to the number of passages, as a Bonferroni
 * correction does): a 40-paragraph human report must be no likelier to be called Mixed than a note.
 */
export const PASSAGES_BEFORE_ADJUSTMENT = 3;

/**
 * A document whose probability reaches the AI threshold is still *Mixed*, not *Likely AI*, when
 * passages holding at least this share of its judged words lean human on their own (probability
 * under one half): one machine paragraph can carry a short document's score.
 */
export const HUMAN_LEANING_SHARE_FOR_MIXED = 0.3;

/** The AI threshold of one passage in a document of `judgedPassages` judged passages. */
export function passageThreshold(base: number, judgedPassages: number): number {
  if (judgedPassages <= PASSAGES_BEFORE_ADJUSTMENT || base >= 1) return base;
  const logit = Math.log(base / (1 - base)) + Math.log(judgedPassages / PASSAGES_BEFORE_ADJUSTMENT);
  return 1 / (1 + Math.exp(-logit));
}

/** *Likely AI* from the AI threshold up, *Likely human* up to the human threshold, *Unsure* between. */
export function labelOf(probability: number, aiThreshold: number, humanThreshold: number): Exclude<SegmentLabel, 'unknown'> {
  if (probability >= aiThreshold) return 'ai';
  if (probability <= humanThreshold) return 'human';
  return 'unsure';
}

export interface LabelThresholds {
  /** The document's AI threshold. */
  document: number;
  /** A passage's AI threshold before the adjustment for the number of passages. */
  passage: number;
  human: number;
}

/** Every judged passage labelled from its probability, in a document of that many judged passages. */
export function labelPassages<T extends Pick<SegmentVerdict, 'label' | 'probability'>>(segments: readonly T[], thresholds: LabelThresholds): T[] {
  const judged = segments.filter((s) => s.label !== 'unknown').length;
  const aiFrom = passageThreshold(thresholds.passage, judged);
  return segments.map((s) => (s.label === 'unknown' ? s : { ...s, label: labelOf(s.probability, aiFrom, thresholds.human) }));
}

/**
 * A judged document's label from its probability and how its labelled passages spread: *Likely AI*
 * needs the document's probability and no large part leaning human; any passage labelled AI makes it
 * at least *Mixed*; *Likely human* needs the document's probability at or below the human threshold
 * and no passage labelled AI; the rest is *Unsure*.
 */
export function documentLabel(probability: number, segments: readonly Pick<SegmentVerdict, 'label' | 'probability' | 'words'>[], thresholds: LabelThresholds): Exclude<DocumentLabel, 'unknown'> {
  const judged = segments.filter((s) => s.label !== 'unknown');
  const judgedWords = judged.reduce((sum, s) => sum + s.words, 0);
  const aiWords = judged.filter((s) => s.label === 'ai').reduce((sum, s) => sum + s.words, 0);
  const humanLeaningWords = judged.filter((s) => s.probability < 0.5).reduce((sum, s) => sum + s.words, 0);
  if (probability >= thresholds.document) return judgedWords > 0 && humanLeaningWords / judgedWords >= HUMAN_LEANING_SHARE_FOR_MIXED ? 'mixed' : 'ai';
  if (aiWords > 0) return 'mixed';
  if (probability <= thresholds.human) return 'human';
  return 'unsure';
}

/** Share of the judged words that lie in passages labelled AI. */
export function aiShareOf(segments: readonly Pick<SegmentVerdict, 'label' | 'words'>[]): number {
  const judged = segments.filter((s) => s.label !== 'unknown');
  const words = judged.reduce((sum, s) => sum + s.words, 0);
  return words > 0 ? judged.filter((s) => s.label === 'ai').reduce((sum, s) => sum + s.words, 0) / words : 0;
}
