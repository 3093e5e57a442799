import { z } from 'zod';

/** How text got into a document, from a platform's writing history (Google Docs' revisions): evidence of its own kind. */
export const ProcessEvidenceSchema = z.object({
  segmentId: z.string(),
  kind: z.enum(['paste', 'burst']),
  chars: z.number().int().nonnegative(),
  /** For a burst: its speed. */
  charsPerSecond: z.number().nonnegative().optional(),
  at: z.number(),
  text: z.string().max(300),
});
export type ProcessEvidence = z.infer<typeof ProcessEvidenceSchema>;

/** What the writing history says, or why there is none: never a guess. */
export const WritingProcessSchema = z.object({
  available: z.boolean(),
  /** Why the history could not be read (view-only access, not signed in, an unexpected answer). */
  reason: z.string().max(300).optional(),
  inserts: z.number().int().nonnegative(),
  /**
   * Characters inserted in all, and those that came in one paste or in a burst faster than typing: the
   * share typed vs pasted (optional: histories read before it was counted lack it).
   */
  totals: z.object({ insertedChars: z.number().int().nonnegative(), pastedChars: z.number().int().nonnegative(), burstChars: z.number().int().nonnegative() }).optional(),
  evidence: z.array(ProcessEvidenceSchema).max(5_000),
});
export type WritingProcess = z.infer<typeof WritingProcessSchema>;
