import { z } from 'zod';
import { ProvenanceVerdictSchema } from './provenance-verdict';

export { ProvenanceVerdictSchema, type ProvenanceVerdict } from './provenance-verdict';

export const EvidenceSchema = z.object({
  source: z.enum(['c2pa', 'xmp', 'png-text', 'exif', 'file']),
  strength: z.enum(['strong', 'moderate', 'weak']),
  /** Plain words for a client. */
  finding: z.string(),
  details: z.record(z.string(), z.string()),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * What checking the credentials found: `tampered` (the file changed after signing), `invalid` (the
 * credentials themselves fail), `unchecked` (could not be checked here: offline, or beyond what this
 * reader checks; says nothing either way), `valid-untrusted` (sound, signer not on the trust list), `valid`.
 */
export const C2paValidationSchema = z.enum(['valid', 'valid-untrusted', 'invalid', 'tampered', 'unchecked']);
export type C2paValidation = z.infer<typeof C2paValidationSchema>;

/** A CAWG identity assertion (who the credentials name as the maker), judged apart from the credentials. */
export const IdentityValidationSchema = z.enum(['valid', 'valid-untrusted', 'invalid', 'unchecked']);
export type IdentityValidation = z.infer<typeof IdentityValidationSchema>;

/** One thing the reader found wrong, in words from the status table (c2pa-status.ts). */
export const C2paProblemSchema = z.object({
  code: z.string(),
  effect: z.enum(['tampered', 'invalid', 'unchecked']),
  where: z.enum(['this file', 'an ingredient']),
  words: z.string(),
  identity: z.literal(true).optional(),
  explanation: z.string().optional(),
});
export type C2paProblem = z.infer<typeof C2paProblemSchema>;

export const C2paActionSchema = z.object({
  action: z.string(),
  digitalSourceType: z.string().optional(),
  softwareAgent: z.string().optional(),
});

export const C2paManifestSummarySchema = z.object({
  label: z.string(),
  active: z.boolean(),
  claimGenerator: z.string().optional(),
  signer: z.string().optional(),
  signedAt: z.string().optional(),
  actions: z.array(C2paActionSchema),
});
export type C2paManifestSummary = z.infer<typeof C2paManifestSummarySchema>;

export const C2paSummarySchema = z.object({
  validation: C2paValidationSchema,
  /** Every status code the reader reported other than successes. */
  validationCodes: z.array(z.string()),
  /** Optional fields below: records stored before they existed lack them. */
  problems: z.array(C2paProblemSchema).optional(),
  /** The file's bytes matched the hash in its credentials. */
  contentMatches: z.boolean().optional(),
  /** The signature carries a time-stamp that matches it. */
  timeStamped: z.boolean().optional(),
  /** The signer's certificate has expired since signing; the signing time comes from a time-stamp whose authority is on no trust list here. */
  certificateExpiredSinceSigning: z.boolean().optional(),
  identity: IdentityValidationSchema.optional(),
  manifests: z.array(C2paManifestSummarySchema),
});
export type C2paSummary = z.infer<typeof C2paSummarySchema>;

export const ImageProvenanceSchema = z.object({
  verdict: ProvenanceVerdictSchema,
  summary: z.string(),
  evidence: z.array(EvidenceSchema),
  c2pa: C2paSummarySchema.optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mimeType: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Set when the file could not be read fully: what went wrong, in plain words. */
  error: z.string().optional(),
});
export type ImageProvenance = z.infer<typeof ImageProvenanceSchema>;
