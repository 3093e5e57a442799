import { z } from 'zod';
import { sha256Hex } from '../hash';
import { decimal, plural, t, type MessageKey } from '../i18n';
import { contentText, normalizeForHash } from '../text/normalize';
import type { DocumentLabel, SegmentLabel } from '../schema/verdict';
import { CERTIFICATE_FORMAT, CertificateSchema, MAX_CERTIFICATE_BYTES, SUPPORTED_VERSIONS, type Claims } from './format';
import { fingerprintOf, keyThumbprint } from './fingerprint';
import { verifyClaims } from './jws';
import { passageChanges, type PassageChange } from './diff';
import { signerTrust, type KnownSigner, type SignerTrust } from './tofu';
import { visibleText } from './claims';

/**
 * Verifying a certificate, offline: its shape and format version, the signature over the canonical
 * claims, the hashes of the content in hand against those signed (and which passages changed), and the
 * signer's key against the keys this client has seen under that name. Pure: the caller reads files,
 * runs the current scan through the one scan pipeline and keeps the known keys.
 */

/** A document in hand, as extracted by the same readers that certified it, with today's verdicts when scanned. */
export interface GivenDocument {
  name: string;
  passages: readonly { text: string; label?: SegmentLabel; probability?: number }[];
  verdict?: { label: DocumentLabel; probability: number; aiShare: number };
}

export interface GivenImage {
  name: string;
  sha256: string;
}

export type Status = 'valid' | 'content-changed' | 'bad-signature' | 'unknown-key' | 'malformed';

export interface DocumentCheck {
  /** Index in the certificate's documents. */
  index: number;
  name: string;
  state: 'unchanged' | 'changed' | 'unrelated' | 'not-given';
  /** Which given document it was compared with. */
  given?: string;
  changes: PassageChange[];
  /** The given document's passages, to quote a changed one. */
  now?: GivenDocument;
}

export interface ImageCheck {
  index: number;
  name: string;
  state: 'unchanged' | 'changed' | 'not-given';
  given?: string;
}

export interface VerifyResult {
  status: Status;
  /** The headline after VALID or INVALID: what is wrong, or who signed what. */
  reason: string;
  claims?: Claims;
  thumbprint?: string;
  /** Top-level claims edited after signing, when the signature header tells. */
  changedClaims: string[];
  documents: DocumentCheck[];
  images: ImageCheck[];
  /** Given files that nothing in the certificate covers. */
  extra: string[];
  trust?: SignerTrust;
}

const malformed = (reason: string): VerifyResult => ({ status: 'malformed', reason, changedClaims: [], documents: [], images: [], extra: [] });

/**
 * Whether text that is not JSON reads as JSON cut off before its end: an object or array whose brackets
 * (outside strings) are still open when the text stops. Looking only at the last character is not
 * enough: a certificate cut in the middle may end on an inner `}` or `]`.
 */
function cutShort(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** The certificate's JSON, or why it is not a certificate this Assay can read. */
export function readCertificate(text: string): { ok: true; raw: Record<string, unknown>; certificate: z.infer<typeof CertificateSchema> } | { ok: false; reason: string } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CERTIFICATE_BYTES) return { ok: false, reason: t('certify.read.tooLarge', { size: decimal(bytes / 1024 / 1024, 1) }) };
  if (!text.trim()) return { ok: false, reason: t('certify.read.empty') };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t(cutShort(text) ? 'certify.read.cut' : 'certify.read.notJson') };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: t('certify.read.notObject') };
  const claims = (data as { claims?: unknown }).claims;
  if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return { ok: false, reason: t('certify.read.noClaims') };
  const { format, version } = claims as { format?: unknown; version?: unknown };
  if (format !== CERTIFICATE_FORMAT) return { ok: false, reason: t('certify.read.notAssay') };
  if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version))
    return {
      ok: false,
      reason: t(typeof version === 'number' && version > Math.max(...SUPPORTED_VERSIONS) ? 'certify.read.versionNewer' : 'certify.read.version', { version: JSON.stringify(version) ?? 'undefined', supported: SUPPORTED_VERSIONS.join(', ') }),
    };
  const parsed = CertificateSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: t('certify.read.malformed', { detail: issue ? `${issue.path.join('.') || t('certify.read.topLevel')}: ${issue.message}` : t('certify.read.unknownProblem') }) };
  }
  return { ok: true, raw: claims as Record<string, unknown>, certificate: parsed.data };
}

/** Pairs given documents with certified ones: same hash, then most passages in common, then a lone pair. */
async function checkDocuments(claims: Claims, given: readonly GivenDocument[]): Promise<{ checks: DocumentCheck[]; extra: string[] }> {
  const certified = claims.subject.documents;
  const hashes = await Promise.all(
    given.map(async (g) => ({ whole: await sha256Hex(contentText(g.passages.map((p) => visibleText(p.text)))), passages: await Promise.all(g.passages.map((p) => sha256Hex(normalizeForHash(visibleText(p.text))))) })),
  );
  const free = new Set(given.map((_, i) => i));
  const pairing = new Map<number, number>();
  certified.forEach((doc, ci) => {
    const same = [...free].find((gi) => hashes[gi]!.whole === doc.sha256);
    if (same !== undefined) (pairing.set(ci, same), free.delete(same));
  });
  certified.forEach((doc, ci) => {
    if (pairing.has(ci)) return;
    const signed = new Set(doc.passages.map((p) => p.sha256));
    let best: { gi: number; shared: number } | undefined;
    for (const gi of free) {
      const shared = hashes[gi]!.passages.filter((h) => signed.has(h)).length;
      const better = !best || shared > best.shared || (shared === best.shared && given[gi]!.name === doc.name);
      if (shared > 0 && better) best = { gi, shared };
    }
    if (best) (pairing.set(ci, best.gi), free.delete(best.gi));
  });
  // One certified document and one given that share nothing: the same deliverable slot, other content.
  const unpaired = certified.map((_, ci) => ci).filter((ci) => !pairing.has(ci));
  if (unpaired.length === 1 && free.size === 1) {
    const [gi] = free;
    pairing.set(unpaired[0]!, gi!);
    free.delete(gi!);
  }
  const checks = certified.map((doc, ci): DocumentCheck => {
    const gi = pairing.get(ci);
    if (gi === undefined) return { index: ci, name: doc.name, state: 'not-given', changes: [] };
    const now = hashes[gi]!;
    const base = { index: ci, name: doc.name, given: given[gi]!.name, now: given[gi]! };
    if (now.whole === doc.sha256) return { ...base, state: 'unchanged', changes: [] };
    const signed = doc.passages.map((p) => p.sha256);
    const shared = now.passages.some((h) => signed.includes(h));
    if (!shared && signed.length > 0) return { ...base, state: 'unrelated', changes: [] };
    const changes = passageChanges(signed, now.passages);
    // Same passages, other joins (never from Assay's own readers): still not the text that was signed.
    return { ...base, state: 'changed', changes: changes.length ? changes : [{ kind: 'changed', signed: 0, now: 0 }] };
  });
  return { checks, extra: [...free].map((gi) => given[gi]!.name) };
}

function checkImages(claims: Claims, given: readonly GivenImage[]): { checks: ImageCheck[]; extra: string[] } {
  const free = new Set(given.map((_, i) => i));
  const images = claims.subject.images;
  const pairing = new Map<number, { gi: number; state: 'unchanged' | 'changed' }>();
  images.forEach((image, ci) => {
    const same = [...free].find((gi) => given[gi]!.sha256 === image.sha256);
    if (same !== undefined) (pairing.set(ci, { gi: same, state: 'unchanged' }), free.delete(same));
  });
  images.forEach((image, ci) => {
    if (pairing.has(ci)) return;
    const named = [...free].find((gi) => given[gi]!.name === image.name);
    if (named !== undefined) (pairing.set(ci, { gi: named, state: 'changed' }), free.delete(named));
  });
  const checks = images.map((image, ci): ImageCheck => {
    const pair = pairing.get(ci);
    return pair ? { index: ci, name: image.name, state: pair.state, given: given[pair.gi]!.name } : { index: ci, name: image.name, state: 'not-given' };
  });
  return { checks, extra: [...free].map((gi) => given[gi]!.name) };
}

/** "passage 3 changed, passage 7 removed, 1 passage added". */
export function changeSummary(changes: readonly PassageChange[]): string {
  const changed = changes.filter((c) => c.kind === 'changed').map((c) => (c as { signed: number }).signed + 1);
  const removed = changes.filter((c) => c.kind === 'removed').map((c) => (c as { signed: number }).signed + 1);
  const added = changes.filter((c) => c.kind === 'added').length;
  const list = (ns: number[]) => `${ns.slice(0, 6).join(', ')}${ns.length > 6 ? t('certify.more', { n: ns.length - 6 }) : ''}`;
  return [
    changed.length ? plural('certify.change.changed', changed.length, { list: list(changed) }) : '',
    removed.length ? plural('certify.change.removed', removed.length, { list: list(removed) }) : '',
    added ? plural('certify.change.added', added) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function contentReason(documents: readonly DocumentCheck[], images: readonly ImageCheck[], extra: readonly string[]): string | undefined {
  const matched = documents.some((d) => d.state === 'unchanged' || d.state === 'changed') || images.some((i) => i.state === 'unchanged');
  const unrelated = documents.filter((d) => d.state === 'unrelated');
  if (!matched && (unrelated.length > 0 || extra.length > 0)) return t('certify.reason.notBelonging', { names: [...unrelated.map((d) => d.given!), ...extra].join(', ') });
  const parts = [
    ...documents.filter((d) => d.state === 'changed').map((d) => `${d.name}: ${changeSummary(d.changes)}`),
    ...unrelated.map((d) => t('certify.reason.unrelated', { given: d.given!, name: d.name })),
    ...images.filter((i) => i.state === 'changed').map((i) => t('certify.reason.imageChanged', { name: i.name })),
    ...extra.map((name) => t('certify.reason.notCovered', { name })),
  ];
  return parts.length ? t('certify.reason.contentChanged', { parts: parts.join('; ') }) : undefined;
}

/** The top-level claims in words, for "altered after signing (changed: …)". */
const CLAIM_WORDS: Record<string, MessageKey> = {
  declaration: 'certify.claim.declaration',
  scan: 'certify.claim.scan',
  subject: 'certify.claim.subject',
  signer: 'certify.claim.signer',
  issuedAt: 'certify.claim.issuedAt',
  format: 'certify.claim.format',
  version: 'certify.claim.version',
};

export interface VerifyOptions {
  documents: readonly GivenDocument[];
  images: readonly GivenImage[];
  /** Keys this client has remembered under the certificate's signer name (and any other). */
  known: readonly KnownSigner[];
}

/** Verifies a certificate's text against the content in hand; never throws on hostile input. */
export async function verifyCertificate(text: string, options: VerifyOptions): Promise<VerifyResult> {
  const read = readCertificate(text);
  if (!read.ok) return malformed(read.reason);
  const { claims, signature } = read.certificate;
  const thumbprint = await keyThumbprint(claims.signer.publicKey);
  const base = { claims, thumbprint, documents: [] as DocumentCheck[], images: [] as ImageCheck[], extra: [] as string[] };
  if ((await fingerprintOf(claims.signer.publicKey)) !== claims.signer.fingerprint)
    return { ...base, status: 'bad-signature', reason: t('certify.reason.fingerprint'), changedClaims: ['signer'] };
  const check = await verifyClaims(read.raw, signature, claims.signer.publicKey);
  if (!check.ok) {
    const what = check.changed.map((name) => (Object.hasOwn(CLAIM_WORDS, name) ? t(CLAIM_WORDS[name]!) : name));
    const reason = what.length ? t('certify.reason.altered', { what: what.join(', ') }) : t('certify.reason.badSignature', { detail: check.reason });
    return { ...base, status: 'bad-signature', reason, changedClaims: check.changed };
  }
  const documents = await checkDocuments(claims, options.documents);
  const images = checkImages(claims, options.images);
  const extra = [...documents.extra, ...images.extra];
  const trust = signerTrust(claims.signer, thumbprint, options.known);
  const result = { ...base, documents: documents.checks, images: images.checks, extra, trust, changedClaims: [] };
  const changed = contentReason(documents.checks, images.checks, extra);
  if (changed) return { ...result, status: 'content-changed', reason: changed };
  // The date as signed (ISO, UTC): the same in every language and in the certificate file.
  const who = t('certify.reason.signedBy', { name: claims.signer.name, fingerprint: claims.signer.fingerprint, date: claims.issuedAt.slice(0, 10) });
  const checked = documents.checks.filter((d) => d.state === 'unchanged').length + images.checks.filter((i) => i.state === 'unchanged').length;
  const total = documents.checks.length + images.checks.length;
  const content = checked === 0 ? t('certify.reason.noFiles') : checked === total ? t('certify.reason.unchanged') : t('certify.reason.partly', { checked, total });
  if (trust.state === 'key-changed')
    return { ...result, status: 'unknown-key', reason: `${who}; ${content}; ${t('certify.reason.keyChanged', { name: claims.signer.name, previous: trust.previous.map((p) => p.fingerprint).join(', ') })}` };
  if (trust.state === 'new') return { ...result, status: 'unknown-key', reason: `${who}; ${content}; ${t('certify.reason.newKey')}` };
  return { ...result, status: 'valid', reason: `${who}; ${content}` };
}
