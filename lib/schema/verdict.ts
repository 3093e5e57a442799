import { z } from 'zod';
import { OmittedSchema } from './deliverable';

import { ReasonSchema, SegmentLabelSchema, DocumentLabelSchema } from './labels';

export { DocumentLabelSchema, ReasonSchema, SegmentLabelSchema, type DocumentLabel, type Reason, type SegmentLabel } from './labels';

export const SegmentVerdictSchema = z.object({
  id: z.string(),
  kind: z.string(),
  text: z.string(),
  /** Character offsets of the passage in the document's normalized text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  label: SegmentLabelSchema,
  /** Probability that this passage is machine-written: the model's estimate even when it abstains. */
  probability: z.number().min(0).max(1),
  reasons: z.array(ReasonSchema),
  /** Why the detector abstained, when label is `unknown`. */
  abstain: z.string().optional(),
  /**
   * SHA-256 (hex) of the passage's text, present when a stored record did not keep the text itself
   * (`text` is then empty): a record keeps passage texts up to a limit (lib/scan/coverage.ts).
   */
  textHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type SegmentVerdict = z.infer<typeof SegmentVerdictSchema>;

export const DetectorInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  /** Version of the trained parameters, where the detector has any. */
  model: z.string().optional(),
  kind: z.enum(['local', 'remote']),
});
export type DetectorInfo = z.infer<typeof DetectorInfoSchema>;

export const DocumentVerdictSchema = z.object({
  label: DocumentLabelSchema,
  /** Probability that the document's text is machine-written. */
  probability: z.number().min(0).max(1),
  /** Share of the scanned words that lie in passages labelled `ai`. */
  aiShare: z.number().min(0).max(1),
  words: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
  /** Passages the detector abstained on. */
  abstained: z.number().int().nonnegative(),
  /** Why the whole document was not judged, when label is `unknown`. */
  abstain: z.string().optional(),
  detectors: z.array(DetectorInfoSchema),
  /** The AI threshold of the preset the document was judged at (a probability; above 1 when a preset never flags). */
  threshold: z.number().min(0).max(1.01),
  /** A passage's AI threshold at this preset, before the adjustment for the number of passages (since model 2). */
  passageThreshold: z.number().min(0).max(1.01).optional(),
  /**
   * At or below this probability the document is *Likely human* (since model 2; records scored earlier
   * lack it and were re-labelled on upgrade).
   */
  humanThreshold: z.number().min(0).max(1).optional(),
  /**
   * What the deliverable held that was not judged (text past the limits, frames of other sites, images
   * past the limit); absent when everything was. A verdict on part of a text is never *Likely human*.
   */
  omitted: OmittedSchema.optional(),
});
export type DocumentVerdict = z.infer<typeof DocumentVerdictSchema>;

export const DetectionResultSchema = z.object({
  document: DocumentVerdictSchema,
  segments: z.array(SegmentVerdictSchema),
});
export type DetectionResult = z.infer<typeof DetectionResultSchema>;

/**
 * A passage's verdict without its text: what the detector worker sends back. The text is the
 * deliverable's own, joined again where the record is made, so it never travels twice.
 */
export const SegmentScoreSchema = SegmentVerdictSchema.omit({ text: true });
export type SegmentScore = z.infer<typeof SegmentScoreSchema>;

export const DetectionScoresSchema = z.object({
  document: DocumentVerdictSchema,
  segments: z.array(SegmentScoreSchema),
});
export type DetectionScores = z.infer<typeof DetectionScoresSchema>;
