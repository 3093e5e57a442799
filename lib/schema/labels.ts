// zod/mini: in-page highlights and chips check labels and reasons, and content scripts must stay small
// (tests/build/content-scripts.test.ts). The full schemas built on these (verdict.ts) use classic zod.
import * as z from 'zod/mini';

/** A passage's label: `unsure` lies between the human and the AI threshold; `unknown` is not judged. */
export const SegmentLabelSchema = z.enum(['human', 'unsure', 'ai', 'unknown']);
export type SegmentLabel = z.infer<typeof SegmentLabelSchema>;

export const DocumentLabelSchema = z.enum(['human', 'unsure', 'mixed', 'ai', 'unknown']);
export type DocumentLabel = z.infer<typeof DocumentLabelSchema>;

/** One piece of evidence that moved a score, in words a client can read. */
export const ReasonSchema = z.object({
  signal: z.string(),
  /** Plain-language explanation, e.g. "sentence lengths unusually uniform". */
  text: z.string(),
  /** Signed contribution to the log-odds: > 0 pushes towards machine, < 0 towards human. */
  weight: z.number(),
});
export type Reason = z.infer<typeof ReasonSchema>;
