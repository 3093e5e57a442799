import { z } from 'zod';
import { AuditItemSchema } from '../audit/schema';
import { ImageProvenanceSchema } from '../schema/provenance';
import { ScanRecordSchema } from '../schema/record';
import { SensitivitySchema } from '../schema/sensitivity';

/**
 * Messages between the dashboard and its audit workers (entrypoints/options/audit.worker.ts): a file's
 * bytes as a Blob (the page never holds them), and back every outcome of reading it. Both ends check
 * what they receive.
 */
export const AuditJobSchema = z.object({
  id: z.number().int(),
  path: z.string().max(4000),
  blob: z.instanceof(Blob),
  mimeType: z.string().max(200).optional(),
  sensitivity: SensitivitySchema,
  trustAnchors: z.array(z.string().max(20_000)).max(100).optional(),
});
export type AuditJob = z.infer<typeof AuditJobSchema>;

export const AuditOutcomeSchema = z.object({ item: AuditItemSchema, record: ScanRecordSchema.optional(), provenance: ImageProvenanceSchema.optional() });

export const AuditReplySchema = z.union([z.object({ id: z.number().int(), outcomes: z.array(AuditOutcomeSchema) }), z.object({ id: z.number().int(), error: z.string() })]);
export type AuditReply = z.infer<typeof AuditReplySchema>;
