import { z } from 'zod';
import { AuditEntryRowSchema } from '../audit/schema';
import { SensitivitySchema } from '../schema/sensitivity';

/**
 * Messages between the dashboard and its audit workers (entrypoints/options/audit.worker.ts). The page
 * sends an entry to read; the worker takes the file's bytes from IndexedDB itself (or the Blob of a
 * page the dashboard fetched), reads it, stores every outcome, and answers with a line of summary:
 * a document's text and passages never cross to the page's thread. Both ends check what they receive.
 */
export const AuditJobSchema = z.object({
  id: z.number().int(),
  entry: AuditEntryRowSchema,
  /** A fetched page's body; a file's bytes are in the audit's queue. */
  page: z.object({ blob: z.instanceof(Blob), mimeType: z.string().max(200).optional() }).optional(),
  sensitivity: SensitivitySchema,
  trustAnchors: z.array(z.string().max(20_000)).max(100).optional(),
});
export type AuditJob = z.infer<typeof AuditJobSchema>;

export const AuditReplySchema = z.union([
  z.object({ id: z.number().int(), state: z.enum(['done', 'failed']), files: z.number().int().nonnegative() }),
  z.object({ id: z.number().int(), error: z.string() }),
]);
export type AuditReply = z.infer<typeof AuditReplySchema>;
