import { z } from 'zod';
import { SourceSchema } from '../schema/deliverable';
import { DocumentVerdictSchema, SegmentVerdictSchema, DocumentLabelSchema } from '../schema/verdict';
import { SensitivitySchema } from '../settings/schema';

/** One earlier scan of the same deliverable, kept when a rescan replaces the current verdict. */
export const ScanHistoryEntrySchema = z.object({
  scannedAt: z.number(),
  contentHash: z.string(),
  label: DocumentLabelSchema,
  probability: z.number(),
  aiShare: z.number(),
});
export type ScanHistoryEntry = z.infer<typeof ScanHistoryEntrySchema>;

/**
 * A provenance record: the latest verdict for one deliverable (one URL), with the evidence for
 * every passage, and the summary of each earlier scan.
 */
export const ProvenanceRecordSchema = z.object({
  id: z.string(),
  /** SHA-256 (hex) of the deliverable's normalized text. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  source: SourceSchema,
  createdAt: z.number(),
  scannedAt: z.number(),
  durationMs: z.number().nonnegative(),
  engine: z.object({ name: z.string(), version: z.string(), modelVersion: z.string() }),
  sensitivity: SensitivitySchema,
  verdict: DocumentVerdictSchema,
  segments: z.array(SegmentVerdictSchema),
  history: z.array(ScanHistoryEntrySchema),
});
export type ProvenanceRecord = z.infer<typeof ProvenanceRecordSchema>;
