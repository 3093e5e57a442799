import { z } from 'zod';
import { FileFormatIdSchema, FileProblemSchema } from '../extract/files/types';
import { ProvenanceVerdictSchema } from '../schema/provenance';
import { SensitivitySchema } from '../schema/sensitivity';
import { DocumentLabelSchema, SegmentLabelSchema } from '../schema/verdict';

/**
 * The vocabulary of a portfolio audit: one item per file (a file inside an archive or attached to a
 * mail is an item of its own), the audit that holds them, and what changed since an earlier audit.
 * The same shapes are stored by the dashboard (Dexie), written by the CLI (`--json`) and read back
 * (`--since`), so they are checked with zod wherever they come in.
 */

/**
 * A certificate's status for a file (issue 12 builds certificates and their checking): until a
 * checker is plugged in, every file honestly has `none`. `detail` says who signed, or why it fails.
 */
export const CertificateStatusSchema = z.object({
  status: z.enum(['none', 'valid', 'invalid', 'unchecked']),
  detail: z.string().max(500).optional(),
});
export type CertificateStatus = z.infer<typeof CertificateStatusSchema>;
export const NO_CERTIFICATE: CertificateStatus = { status: 'none' };

/** Where a file's freelancer or project came from. `edited`: the user typed it. */
export const GroupSourceSchema = z.enum(['folder', 'sender', 'author', 'edited', 'none']);
export type GroupSource = z.infer<typeof GroupSourceSchema>;

/** A passage worth a look in a report: labelled AI or unsure, with an excerpt. */
export const FlaggedPassageSchema = z.object({
  label: SegmentLabelSchema,
  probability: z.number().min(0).max(1),
  excerpt: z.string().max(400),
});

/** What the images of a document (or an image file itself) say of their origin. */
export const ImagesSummarySchema = z.object({
  total: z.number().int().nonnegative(),
  /** AI-generated or AI-edited. */
  ai: z.number().int().nonnegative(),
  unread: z.number().int().nonnegative(),
  /** The one-line summary every surface shows ("Images: 1 of 3 AI-generated or AI-edited (C2PA)"). */
  summary: z.string().max(300).optional(),
});

/** One file's result: a verdict, or the reason it has none. */
export const AuditItemSchema = z.object({
  path: z.string().min(1).max(4000),
  /** The archive or mail it came out of, if any. */
  parent: z.string().max(4000).optional(),
  format: FileFormatIdSchema.optional(),
  bytes: z.number().int().nonnegative(),
  /** SHA-256 of the file's bytes (absent when its bytes could not be had at all: missing, not fetched). */
  fileHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /**
   * What "changed" is judged by: the SHA-256 of a document's normalized text (the scan service's
   * content hash, so a re-saved file with the same words is unchanged), the file's hash otherwise;
   * for a file whose bytes could not be had, a hash of its path and problem.
   */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  state: z.enum(['done', 'failed']),
  /** The document verdict (text); an image file's text verdict is `unknown`, its provenance below. */
  label: DocumentLabelSchema.optional(),
  probability: z.number().min(0).max(1).optional(),
  aiShare: z.number().min(0).max(1).optional(),
  words: z.number().int().nonnegative().optional(),
  passages: z.number().int().nonnegative().optional(),
  judged: z.number().int().nonnegative().optional(),
  /** Why the document was not judged, when its label is `unknown`. */
  abstain: z.string().max(500).optional(),
  /** An image file's own provenance verdict. */
  provenance: ProvenanceVerdictSchema.optional(),
  images: ImagesSummarySchema.optional(),
  flagged: z.array(FlaggedPassageSchema).max(10).optional(),
  problem: FileProblemSchema.optional(),
  error: z.string().max(1000).optional(),
  meta: z.object({ author: z.string().max(300).optional(), sender: z.string().max(300).optional(), title: z.string().max(500).optional() }),
  notes: z.array(z.string().max(500)).max(20),
  certificate: CertificateStatusSchema,
  durationMs: z.number().nonnegative(),
  /** The engine that judged it, with the facts a report states of it (the words a document needs). */
  engine: z.object({ name: z.string(), version: z.string(), modelVersion: z.string(), minDocumentWords: z.number().int().positive().optional() }).optional(),
});
export type AuditItem = z.infer<typeof AuditItemSchema>;

/** An item with the freelancer or project it is counted under. */
export const GroupedItemSchema = AuditItemSchema.extend({ group: z.string().max(300), groupSource: GroupSourceSchema });
export type GroupedItem = z.infer<typeof GroupedItemSchema>;

/** How a file compares with the same path in the earlier audit. */
export const ChangeSchema = z.enum(['new', 'changed', 'unchanged', 'removed']);
export type Change = z.infer<typeof ChangeSchema>;

export const AUDIT_FORMAT = 'assay-audit';
export const AUDIT_FORMAT_VERSION = 1;

/** The JSON an audit is exported as (`assay audit --json`, the dashboard's Export JSON), and read back by `--since`. */
export const AuditExportSchema = z.object({
  format: z.literal(AUDIT_FORMAT),
  version: z.literal(AUDIT_FORMAT_VERSION),
  tool: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  sensitivity: SensitivitySchema,
  /** Every input file, by its path, with its verdict or its error. */
  files: z.array(GroupedItemSchema.extend({ change: ChangeSchema.optional(), previousLabel: DocumentLabelSchema.optional() })),
  removed: z.array(z.object({ path: z.string(), label: DocumentLabelSchema.optional(), group: z.string().optional() })).optional(),
  since: z.object({ startedAt: z.string(), files: z.number().int().nonnegative() }).optional(),
});
export type AuditExport = z.infer<typeof AuditExportSchema>;

/** An audit as the dashboard keeps it: its inputs' count, its state, the earlier audit it compares with. */
export const AuditRowSchema = z.object({
  id: z.string(),
  name: z.string().max(300),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  /** `running` also for an audit interrupted by closing the dashboard: it can be resumed. */
  state: z.enum(['running', 'done', 'cancelled']),
  sensitivity: SensitivitySchema,
  inputs: z.object({ files: z.number().int().nonnegative(), urls: z.number().int().nonnegative() }),
});
export type AuditRow = z.infer<typeof AuditRowSchema>;

export const EntryStateSchema = z.enum(['queued', 'reading', 'done', 'failed', 'cancelled']);
export type EntryState = z.infer<typeof EntryStateSchema>;

/** One file of an audit: queued until read, then its item. `origin`: given by the user, or found inside another file. */
export const AuditEntryRowSchema = z.object({
  id: z.string(),
  auditId: z.string(),
  path: z.string().max(4000),
  order: z.number(),
  origin: z.enum(['file', 'url', 'inner']),
  state: EntryStateSchema,
  group: z.string().max(300),
  groupSource: GroupSourceSchema,
  item: AuditItemSchema.optional(),
});
export type AuditEntryRow = z.infer<typeof AuditEntryRowSchema>;
