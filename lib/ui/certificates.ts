import { certify, certificateFileName, certificateJson, verifyCertificate, type Certificate, type Declaration, type GivenDocument, type GivenImage, type ScannedDocument, type ScannedImage, type VerifyResult } from '../certify';
import { sha256Bytes } from '../hash';
import type { ImageProvenance } from '../schema/provenance';
import type { ScanRecord } from '../schema/record';
import type { AssayDB } from '../store/db';
import type { IdentityRow } from '../store/certify-rows';
import { knownSigners, rememberKey, saveCertificate } from '../store/identities';

/**
 * The dashboard's certificate actions, without UI: what a scan record or a dropped file becomes in a
 * certificate, signing with the stored key, and verifying with this browser's memory of signers.
 */

/** A scan record as a certified document: its passages, verdicts and writing history as scanned. */
export function scannedFromRecord(record: ScanRecord): ScannedDocument {
  return {
    name: record.source.title || record.source.url || 'Untitled',
    source: { kind: record.source.kind, ...(/^https?:/i.test(record.source.url) ? { url: record.source.url } : {}) },
    passages: record.segments,
    verdict: record.verdict,
    ...(record.process ? { process: record.process } : {}),
  };
}

/** A scan record as the content in hand for a verification, with today's verdicts. */
export function givenFromRecord(record: ScanRecord, name = record.source.title || record.source.url): GivenDocument {
  return { name, passages: record.segments, verdict: record.verdict };
}

/** An image file read in the dashboard (bytes hashed, provenance read by the provenance worker). */
export function scannedImage(name: string, bytes: number, provenance: ImageProvenance): ScannedImage {
  return { name, sha256: provenance.sha256, bytes, mimeType: provenance.mimeType, provenance: { verdict: provenance.verdict, summary: provenance.summary } };
}

/** A page image's file name, for the certificate: the address's last segment, else its alt text. */
export function imageName(image: ScanRecord['images'][number]): string {
  try {
    const url = new URL(image.url);
    const last = url.protocol === 'data:' ? '' : decodeURIComponent(url.pathname.split('/').pop() ?? '');
    if (last) return last.slice(0, 500);
  } catch {
    // Not an address: fall back to the alt text.
  }
  return (image.alt || image.id).slice(0, 500);
}

/** The images of a scanned page or platform record: those read (hashed) are certified, the rest named. */
export function recordImages(record: ScanRecord): { images: ScannedImage[]; unread: string[] } {
  const images: ScannedImage[] = [];
  const unread: string[] = [];
  for (const image of record.images) {
    if (image.provenance && !image.provenance.error?.includes('file too large')) images.push(scannedImage(imageName(image), image.provenance.bytes, image.provenance));
    else unread.push(imageName(image));
  }
  return { images, unread };
}

/** The images of a record on the client's side: their files' hashes, as the scan read them. */
export function givenRecordImages(record: ScanRecord): GivenImage[] {
  return record.images.flatMap((image) => (image.provenance ? [{ name: imageName(image), sha256: image.provenance.sha256 }] : []));
}

export async function givenImage(name: string, bytes: Uint8Array): Promise<GivenImage> {
  return { name, sha256: await sha256Bytes(bytes) };
}

export interface SignRequest {
  identity: IdentityRow;
  records: readonly ScanRecord[];
  images: readonly ScannedImage[];
  declaration: Declaration;
  /** The scan record a popup's Certify came from, kept with the issued certificate. */
  recordId?: string;
}

/** Signs with the stored (non-extractable) key and keeps the certificate in the history. */
export async function signAndKeep(db: AssayDB, request: SignRequest): Promise<{ certificate: Certificate; text: string; fileName: string }> {
  const { identity, records } = request;
  const first = records[0];
  const certificate = await certify(
    {
      signer: { name: identity.name, contact: identity.contact, publicKey: identity.publicKey },
      documents: records.map(scannedFromRecord),
      images: request.images,
      declaration: request.declaration,
      engine: first ? first.engine : { name: 'Assay local detector', version: 'n/a', modelVersion: 'n/a' },
      sensitivity: first?.sensitivity ?? 'cautious',
      scannedAt: Math.max(0, ...records.map((r) => r.scannedAt)) || Date.now(),
    },
    identity.privateKey,
  );
  const text = certificateJson(certificate);
  const title = certificate.claims.subject.documents[0]?.name ?? certificate.claims.subject.images[0]?.name ?? 'deliverable';
  await saveCertificate(db, { kind: 'issued', at: Date.now(), title, signerName: identity.name, fingerprint: identity.fingerprint, text, ...(request.recordId ? { recordId: request.recordId } : {}) });
  return { certificate, text, fileName: certificateFileName(title) };
}

/** Verifies against this browser's memory of signers; a first key is remembered, the result kept. */
export async function verifyAndKeep(db: AssayDB, text: string, documents: readonly GivenDocument[], images: readonly GivenImage[]): Promise<VerifyResult> {
  const name = (() => {
    try {
      return (JSON.parse(text) as { claims?: { signer?: { name?: unknown } } }).claims?.signer?.name;
    } catch {
      return undefined;
    }
  })();
  const known = typeof name === 'string' ? await knownSigners(db, name) : [];
  const result = await verifyCertificate(text, { documents, images, known });
  if (result.status === 'unknown-key' && result.trust?.state === 'new' && result.claims && result.thumbprint) await rememberKey(db, result.claims.signer, result.thumbprint);
  await saveCertificate(db, {
    kind: 'verified',
    at: Date.now(),
    title: result.claims?.subject.documents[0]?.name ?? result.claims?.subject.images[0]?.name ?? 'certificate',
    signerName: result.claims?.signer.name ?? 'unknown',
    fingerprint: result.claims?.signer.fingerprint ?? '',
    text: text.length > 1024 * 1024 ? '' : text,
    status: result.status,
    reason: result.reason,
  });
  return result;
}

/** The client accepts a known name's new key: remembered beside the old one. */
export async function acceptNewKey(db: AssayDB, result: VerifyResult): Promise<void> {
  if (result.claims && result.thumbprint) await rememberKey(db, result.claims.signer, result.thumbprint);
}
