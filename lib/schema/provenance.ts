import { z } from 'zod';

/**
 * What Assay can say about an image's origin. Never "human": the absence of provenance data proves
 * nothing about how an image was made.
 */
export const ProvenanceVerdictSchema = z.enum([
  'ai-generated',
  'ai-edited',
  'captured',
  'edited-origin-unknown',
  'credentials-invalid',
  'no-provenance',
]);
export type ProvenanceVerdict = z.infer<typeof ProvenanceVerdictSchema>;

export const EvidenceSchema = z.object({
  source: z.enum(['c2pa', 'xmp', 'png-text', 'exif', 'file']),
  strength: z.enum(['strong', 'moderate', 'weak']),
  /** Plain words for a client. */
  finding: z.string(),
  details: z.record(z.string(), z.string()),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const C2paValidationSchema = z.enum(['valid', 'valid-untrusted', 'invalid', 'tampered']);
export type C2paValidation = z.infer<typeof C2paValidationSchema>;

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
  validationCodes: z.array(z.string()),
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
