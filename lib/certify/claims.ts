import { sha256Hex } from '../hash';
import type { SourceKind } from '../schema/deliverable';
import type { WritingProcess } from '../schema/process';
import type { ProvenanceVerdict } from '../schema/provenance';
import type { Sensitivity } from '../schema/sensitivity';
import type { DocumentVerdict, SegmentVerdict } from '../schema/verdict';
import { contentText, countWords, normalizeForHash } from '../text/normalize';
import { fingerprintOf } from './fingerprint';
import { stripTextWrappers } from './c2pa-text';
import {
  CERTIFICATE_FORMAT, ClaimsSchema, FORMAT_VERSION, MAX_NAME_CHARS, OPENING_CHARS,
  type Claims, type Declaration, type DocumentClaim, type PassageClaim, type ProcessClaim, type PublicKey, type ScanClaim,
} from './format';

/**
 * Builds the claims of a certificate from what was scanned: the one scan pipeline's results (a scan
 * record in the extension, `detect()` in the CLI), never a scan of its own. The scan is always part
 * of the claims: a declaration that disagrees with it is warned about (declaration.ts), not hidden.
 */

/** A document as scanned: its passages with their verdicts in reading order (a scan record's segments). */
export interface ScannedDocument {
  name: string;
  source: { kind: SourceKind; url?: string };
  passages: readonly Pick<SegmentVerdict, 'kind' | 'text' | 'label' | 'probability' | 'id'>[];
  verdict: Pick<DocumentVerdict, 'label' | 'probability' | 'aiShare'>;
  /** Google Docs' writing history, where the document has one. */
  process?: WritingProcess;
}

/** An image file as delivered: its bytes' hash, and what its provenance data said at signing. */
export interface ScannedImage {
  name: string;
  sha256: string;
  bytes: number;
  mimeType: string;
  provenance: { verdict: ProvenanceVerdict; summary: string } | null;
}

export interface CertifyInput {
  signer: { name: string; contact?: string; publicKey: PublicKey };
  documents: readonly ScannedDocument[];
  images: readonly ScannedImage[];
  declaration: Declaration;
  engine: { name: string; version: string; modelVersion: string };
  sensitivity: Sensitivity;
  /** When the scan ran (ms since the epoch). */
  scannedAt: number;
  issuedAt?: Date;
}

/** Probabilities kept to four decimals: finer digits say nothing and only lengthen the certificate. */
const round = (p: number) => Math.round(p * 10_000) / 10_000;

/**
 * The text a certificate covers: the visible text, without C2PA text wrappers (A.8) — credentials a
 * tool carried inside the text are not its content. For text without one, the scan record's text.
 */
export const visibleText = (text: string): string => (/[\uFE00-\uFE0F\uDB40]/.test(text) ? stripTextWrappers(text).text : text);

/** The hash, length and opening of one passage's normalised text. */
export async function passageClaim(kind: PassageClaim['kind'], text: string): Promise<PassageClaim> {
  const normalized = normalizeForHash(visibleText(text));
  return { kind, sha256: await sha256Hex(normalized), words: countWords(normalized), opening: Array.from(normalized).slice(0, OPENING_CHARS).join('') };
}

/** The hash of a document's whole normalised text (the same as its scan record's content hash). */
export function documentHash(passages: readonly { text: string }[]): Promise<string> {
  return sha256Hex(contentText(passages.map((p) => visibleText(p.text))));
}

function processClaim(process: WritingProcess, passages: ScannedDocument['passages']): ProcessClaim {
  const index = new Map(passages.map((p, i) => [p.id, i]));
  return {
    source: 'google-docs-revisions',
    available: process.available,
    ...(process.reason ? { reason: process.reason.slice(0, 300) } : {}),
    inserts: process.inserts,
    ...(process.totals ? { insertedChars: process.totals.insertedChars, pastedChars: process.totals.pastedChars, burstChars: process.totals.burstChars } : {}),
    passages: process.evidence.flatMap((e) => {
      const passage = index.get(e.segmentId);
      return passage === undefined ? [] : [{ passage, kind: e.kind, chars: e.chars, ...(e.charsPerSecond === undefined ? {} : { charsPerSecond: e.charsPerSecond }), at: new Date(e.at).toISOString() }];
    }),
  };
}

async function documentClaim(doc: ScannedDocument): Promise<DocumentClaim> {
  const passages = await Promise.all(doc.passages.map((p) => passageClaim(p.kind as PassageClaim['kind'], p.text)));
  return {
    name: doc.name.slice(0, 500) || 'Untitled',
    source: { kind: doc.source.kind, ...(doc.source.url ? { url: doc.source.url } : {}) },
    sha256: await documentHash(doc.passages),
    words: passages.reduce((n, p) => n + p.words, 0),
    passages,
    ...(doc.process && doc.source.kind === 'docs' ? { process: processClaim(doc.process, doc.passages) } : {}),
  };
}

/** Claims ready to sign; throws (a zod error) when the input cannot make a valid certificate. */
export async function buildClaims(input: CertifyInput): Promise<Claims> {
  const scan: ScanClaim = {
    engine: input.engine,
    sensitivity: input.sensitivity,
    scannedAt: new Date(input.scannedAt).toISOString(),
    documents: input.documents.map((d) => ({
      label: d.verdict.label,
      probability: round(d.verdict.probability),
      aiShare: round(d.verdict.aiShare),
      passages: d.passages.map((p) => ({ label: p.label, probability: round(p.probability) })),
    })),
    images: input.images.map((i) => ({ verdict: i.provenance?.verdict ?? null, summary: (i.provenance?.summary ?? 'not read').slice(0, 500) })),
  };
  const signer = {
    name: input.signer.name.trim().slice(0, MAX_NAME_CHARS),
    ...(input.signer.contact?.trim() ? { contact: input.signer.contact.trim() } : {}),
    publicKey: input.signer.publicKey,
    fingerprint: await fingerprintOf(input.signer.publicKey),
  };
  return ClaimsSchema.parse({
    format: CERTIFICATE_FORMAT,
    version: FORMAT_VERSION,
    issuedAt: (input.issuedAt ?? new Date()).toISOString(),
    signer,
    subject: {
      documents: await Promise.all(input.documents.map(documentClaim)),
      images: input.images.map((i) => ({ name: i.name.slice(0, 500) || 'image', sha256: i.sha256, bytes: i.bytes, mimeType: i.mimeType.slice(0, 100) })),
    },
    declaration: input.declaration,
    scan,
  });
}
