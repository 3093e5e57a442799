import { z } from 'zod';
import { SegmentKindSchema, SourceKindSchema, MAX_SEGMENTS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../schema/deliverable';
import { DocumentLabelSchema, SegmentLabelSchema } from '../schema/verdict';
import { ProvenanceVerdictSchema } from '../schema/provenance';
import { SensitivitySchema } from '../schema/sensitivity';

/**
 * The certificate format, version 1: a freelancer's signed statement of what they deliver and how AI
 * was used. These schemas are the types (z.infer) and the source of `docs/certificate.schema.json`
 * (scripts/certificate-schema.ts); the prose is `docs/certificates.md`.
 *
 * A certificate file (`.assay.json`) is `{ claims, signature }`: the claims readable as they are, the
 * signature a detached JWS (RFC 7515 appendix F) with EdDSA over Ed25519 (RFC 8037) whose payload is
 * the RFC 8785 canonical form of the claims. Any edit to a readable claim breaks the signature.
 */
export const CERTIFICATE_FORMAT = 'assay-certificate';
export const FORMAT_VERSION = 1;
/** Certificates this Assay reads: a newer format is refused with that reason, never half-read. */
export const SUPPORTED_VERSIONS: readonly number[] = [FORMAT_VERSION];
/** A certificate larger than this is refused unread: a 20,000-passage document signs to well under it. */
export const MAX_CERTIFICATE_BYTES = 1024 * 1024;
/** Files one certificate may cover: a deliverable, not an archive. */
export const MAX_DOCUMENTS = 100;
export const MAX_IMAGES = 200;
/** A passage's opening words kept in the certificate, so a client can tell which passage changed or went missing. */
export const OPENING_CHARS = 80;
export const MAX_NAME_CHARS = 200;
export const MAX_CONTACT_CHARS = 300;
export const MAX_NOTE_CHARS = 2_000;

/** Text with no white space at either end: schemas never transform a signed value (the signature covers the file as written). */
const Trimmed = (max: number) => z.string().min(1).max(max).regex(/^\S(?:[\s\S]*\S)?$/, 'no white space at either end');
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');
const IsoTime = z.iso.datetime({ offset: false });
const Probability = z.number().min(0).max(1);
const Count = z.number().int().nonnegative();

/** An Ed25519 public key as a JWK (RFC 8037): exactly these three members. */
export const PublicKeySchema = z.strictObject({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'a 32-byte key in base64url'),
});
export type PublicKey = z.infer<typeof PublicKeySchema>;

export const SignerSchema = z.strictObject({
  /** The name the freelancer signs with, as the client knows them. */
  name: Trimmed(MAX_NAME_CHARS),
  /** An e-mail address, a profile page or a site, when the freelancer gives one. */
  contact: Trimmed(MAX_CONTACT_CHARS).optional(),
  publicKey: PublicKeySchema,
  /** The key's fingerprint as words (fingerprint.ts); a verifier recomputes it from the key. */
  fingerprint: z.string().regex(/^[a-z]+(-[a-z]+){7}$/),
});
export type Signer = z.infer<typeof SignerSchema>;

export const PassageClaimSchema = z.strictObject({
  kind: SegmentKindSchema,
  /** SHA-256 of the passage's normalised text (lib/text normalizeForHash). */
  sha256: Sha256Hex,
  words: Count,
  /** The passage's first characters, so a changed or missing passage can be named. */
  opening: z.string().max(OPENING_CHARS),
});
export type PassageClaim = z.infer<typeof PassageClaimSchema>;

/** How the text got into a Google Doc: the platform's revision history, summarised; never a verdict. */
export const ProcessClaimSchema = z.strictObject({
  source: z.literal('google-docs-revisions'),
  available: z.boolean(),
  reason: z.string().max(300).optional(),
  /** Edits read in the history. */
  inserts: Count,
  /** Characters inserted in all, and those that arrived in one paste or a burst faster than typing. */
  insertedChars: Count.optional(),
  pastedChars: Count.optional(),
  burstChars: Count.optional(),
  /** Passages (by index) that arrived in one paste or burst. */
  passages: z
    .array(z.strictObject({ passage: Count, kind: z.enum(['paste', 'burst']), chars: Count, charsPerSecond: z.number().nonnegative().optional(), at: IsoTime }))
    .max(MAX_SEGMENTS),
});
export type ProcessClaim = z.infer<typeof ProcessClaimSchema>;

export const DocumentClaimSchema = z.strictObject({
  /** A file's name, or the page, Doc or message title. */
  name: z.string().min(1).max(MAX_TITLE_CHARS),
  source: z.strictObject({ kind: SourceKindSchema, url: z.string().max(MAX_URL_CHARS).optional() }),
  /** SHA-256 of the normalised text: the passages' normalised text joined by blank lines (as scan records hash it). */
  sha256: Sha256Hex,
  words: Count,
  passages: z.array(PassageClaimSchema).max(MAX_SEGMENTS),
  process: ProcessClaimSchema.optional(),
});
export type DocumentClaim = z.infer<typeof DocumentClaimSchema>;

export const ImageClaimSchema = z.strictObject({
  name: z.string().min(1).max(MAX_TITLE_CHARS),
  /** SHA-256 of the file's bytes, exactly as delivered. */
  sha256: Sha256Hex,
  bytes: Count,
  mimeType: z.string().max(100),
});
export type ImageClaim = z.infer<typeof ImageClaimSchema>;

export const SubjectSchema = z
  .strictObject({ documents: z.array(DocumentClaimSchema).max(MAX_DOCUMENTS), images: z.array(ImageClaimSchema).max(MAX_IMAGES) })
  .refine((s) => s.documents.length + s.images.length > 0, 'a certificate covers at least one document or image');
export type Subject = z.infer<typeof SubjectSchema>;

/** How AI was used, one entry per kind of use; `none` stands alone. */
export const AI_USES = ['none', 'research', 'outline', 'editing', 'drafting', 'images'] as const;
export const AiUseKindSchema = z.enum(AI_USES);
export type AiUseKind = z.infer<typeof AiUseKindSchema>;

const PassageRef = z.strictObject({ document: Count, passage: Count });
export type PassageRef = z.infer<typeof PassageRef>;

export const AiUseSchema = z.discriminatedUnion('use', [
  z.strictObject({ use: z.literal('none') }),
  z.strictObject({ use: z.literal('research') }),
  z.strictObject({ use: z.literal('outline') }),
  /** Editing or polishing the freelancer's own text. */
  z.strictObject({ use: z.literal('editing') }),
  /** Drafting of the named passages. */
  z.strictObject({ use: z.literal('drafting'), passages: z.array(PassageRef).min(1).max(MAX_SEGMENTS) }),
  /** Images generated with a named tool: the named images (by index), or all when the list is empty. */
  z.strictObject({ use: z.literal('images'), tool: Trimmed(MAX_NAME_CHARS), images: z.array(Count).max(MAX_IMAGES) }),
]);
export type AiUse = z.infer<typeof AiUseSchema>;

export const DeclarationSchema = z
  .strictObject({ uses: z.array(AiUseSchema).min(1).max(AI_USES.length), note: z.string().max(MAX_NOTE_CHARS) })
  .refine((d) => new Set(d.uses.map((u) => u.use)).size === d.uses.length, 'each kind of use is declared once')
  .refine((d) => !d.uses.some((u) => u.use === 'none') || d.uses.length === 1, '"no AI" cannot be declared with another use');
export type Declaration = z.infer<typeof DeclarationSchema>;

/** Assay's own scan at signing time, aligned by index with the subject's documents and images. */
export const ScanClaimSchema = z.strictObject({
  engine: z.strictObject({ name: z.string().max(100), version: z.string().max(50), modelVersion: z.string().max(100) }),
  sensitivity: SensitivitySchema,
  scannedAt: IsoTime,
  documents: z
    .array(
      z.strictObject({
        label: DocumentLabelSchema,
        probability: Probability,
        aiShare: Probability,
        passages: z.array(z.strictObject({ label: SegmentLabelSchema, probability: Probability })).max(MAX_SEGMENTS),
      }),
    )
    .max(MAX_DOCUMENTS),
  images: z.array(z.strictObject({ verdict: ProvenanceVerdictSchema.nullable(), summary: z.string().max(500) })).max(MAX_IMAGES),
});
export type ScanClaim = z.infer<typeof ScanClaimSchema>;

export const ClaimsSchema = z
  .strictObject({
    format: z.literal(CERTIFICATE_FORMAT),
    version: z.literal(FORMAT_VERSION),
    issuedAt: IsoTime,
    signer: SignerSchema,
    subject: SubjectSchema,
    declaration: DeclarationSchema,
    scan: ScanClaimSchema,
  })
  .superRefine((claims, ctx) => {
    const { documents, images } = claims.subject;
    if (claims.scan.documents.length !== documents.length || claims.scan.images.length !== images.length)
      ctx.addIssue({ code: 'custom', path: ['scan'], message: 'the scan must have one entry per document and image' });
    claims.scan.documents.forEach((d, i) => {
      if (documents[i] && d.passages.length !== documents[i].passages.length) ctx.addIssue({ code: 'custom', path: ['scan', 'documents', i], message: 'one verdict per passage' });
    });
    for (const use of claims.declaration.uses) {
      if (use.use === 'drafting' && use.passages.some((p) => !documents[p.document]?.passages[p.passage]))
        ctx.addIssue({ code: 'custom', path: ['declaration'], message: 'a drafted passage that the certificate does not cover' });
      if (use.use === 'images' && use.images.some((i) => !images[i])) ctx.addIssue({ code: 'custom', path: ['declaration'], message: 'a generated image that the certificate does not cover' });
    }
  });
export type Claims = z.infer<typeof ClaimsSchema>;

/** A detached compact JWS: protected header, an empty payload, the signature (RFC 7515 appendix F). */
export const DetachedJwsSchema = z.string().max(4_096).regex(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/, 'a detached JWS (header..signature)');

export const CertificateSchema = z.strictObject({ claims: ClaimsSchema, signature: DetachedJwsSchema });
export type Certificate = z.infer<typeof CertificateSchema>;

/** The file name a certificate is saved under, beside what it certifies. */
export const CERTIFICATE_EXTENSION = '.assay.json';
