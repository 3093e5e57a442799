import { z } from 'zod';
import { ImageRefSchema, SourceSchema } from './deliverable';
import { ImageProvenanceSchema } from './provenance';
import { DocumentVerdictSchema, SegmentVerdictSchema, DocumentLabelSchema } from './verdict';
import { SensitivitySchema } from './sensitivity';
import { WritingProcessSchema } from './process';

/** One earlier scan of the same deliverable, kept when a rescan replaces the current verdict. */
export const ScanHistoryEntrySchema = z.object({
  scannedAt: z.number(),
  contentHash: z.string(),
  label: DocumentLabelSchema,
  probability: z.number(),
  aiShare: z.number(),
  /** Why this entry was kept when the verdict was not rescanned: its label was re-read under newer rules. */
  note: z.string().max(300).optional(),
});
export type ScanHistoryEntry = z.infer<typeof ScanHistoryEntrySchema>;

/** An image of the deliverable with what its provenance data says (or why it could not be read). */
export const ImageRecordSchema = ImageRefSchema.extend({
  provenance: ImageProvenanceSchema.nullable(),
  /** Why the image could not be read at all (not fetched, not allowed, too large). */
  error: z.string().optional(),
  /**
   * Not fetched on purpose: `other-site` when it is hosted on a site the extension holds no access to
   * for the tab (a scan never tells a third party that a deliverable was checked); the user may allow
   * that site and read it (`images.read`).
   */
  notRead: z.enum(['other-site']).optional(),
});
export type ImageRecord = z.infer<typeof ImageRecordSchema>;

/** What each remote classifier said about the deliverable, beside the local verdict it was combined with. */
export const RemoteSummarySchema = z.object({
  local: z.object({ label: DocumentLabelSchema, probability: z.number() }),
  providers: z.array(
    z.object({ id: z.string(), name: z.string(), ok: z.boolean(), probability: z.number().optional(), error: z.string().optional(), passages: z.number().int().nonnegative() }),
  ),
  /** True when no remote answer could be used: the verdict is the local detector's alone. */
  localOnly: z.boolean(),
});
export type RemoteSummary = z.infer<typeof RemoteSummarySchema>;

/**
 * A scan record: the latest verdict for one deliverable (one kind and address), with the evidence for
 * every passage and the provenance of its images, and the summary of each earlier scan. ("Provenance"
 * names what an image's data says of its origin; a text's finding is its verdict.)
 */
export const ScanRecordSchema = z.object({
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
  /** Since schema v2; v1 records are upgraded with an empty list. */
  images: z.array(ImageRecordSchema),
  /** Present when remote classifiers were asked (optional field: records before them stay valid). */
  remote: RemoteSummarySchema.optional(),
  /** How the text got into the document, where its platform keeps a writing history (Google Docs). */
  process: WritingProcessSchema.optional(),
  history: z.array(ScanHistoryEntrySchema),
});
export type ScanRecord = z.infer<typeof ScanRecordSchema>;
