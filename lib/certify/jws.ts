import { FlattenedSign, flattenedVerify, importJWK, base64url, type CryptoKey } from 'jose';
import { canonicalBytes, canonicalize } from './canonical';
import type { Claims, PublicKey } from './format';
import { sha256Hex } from '../hash';
import { t } from '../i18n';

/**
 * The signature: a detached JWS (RFC 7515, appendix F) in compact form, `header..signature`, with
 * EdDSA over Ed25519 (RFC 8037). The payload is the RFC 8785 canonical form of the claims, so the
 * claims stay readable in the file and any edit to them breaks the signature.
 *
 * The protected header also carries a digest of each top-level claim. They add no security (a forger
 * who edits them still fails the signature); they let a verifier say *which* part of a certificate was
 * edited after signing — the declaration, the stored verdicts, the hashes — instead of only "invalid".
 */
export const JWS_ALG = 'EdDSA';
export const JWS_TYPE = 'assay-certificate+jws';
/** The header member holding the per-claim digests (a private header parameter, RFC 7515 §4.3). */
export const DIGESTS_HEADER = 'assay-digests';

export type ClaimDigests = Record<string, string>;

/** SHA-256 of the canonical form of each top-level claim. */
export async function claimDigests(claims: Record<string, unknown>): Promise<ClaimDigests> {
  const entries = await Promise.all(Object.entries(claims).map(async ([name, value]) => [name, await sha256Hex(canonicalize(value))] as const));
  return Object.fromEntries(entries);
}

/** Signs claims with a private key (a non-extractable CryptoKey from the key store is fine). */
export async function signClaims(claims: Claims, privateKey: CryptoKey, kid: string): Promise<string> {
  const jws = await new FlattenedSign(canonicalBytes(claims))
    .setProtectedHeader({ alg: JWS_ALG, typ: JWS_TYPE, kid, [DIGESTS_HEADER]: await claimDigests(claims) })
    .sign(privateKey);
  return `${jws.protected}..${jws.signature}`;
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: string; /** Top-level claims whose digest differs from the one signed. */ changed: string[] };

const HEADER_KEYS = new Set(['alg', 'typ', 'kid', DIGESTS_HEADER]);

/** The protected header of a detached JWS, or undefined when it is not JSON. */
function decodeHeader(encoded: string): Record<string, unknown> | undefined {
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(base64url.decode(encoded)));
    return header && typeof header === 'object' && !Array.isArray(header) ? (header as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Which top-level claims differ from the digests in the header (a diagnosis, not a proof). */
async function changedClaims(header: Record<string, unknown>, claims: Record<string, unknown>): Promise<string[]> {
  const signed = header[DIGESTS_HEADER];
  if (!signed || typeof signed !== 'object') return [];
  const now = await claimDigests(claims);
  const names = new Set([...Object.keys(signed), ...Object.keys(now)]);
  return [...names].filter((name) => (signed as Record<string, unknown>)[name] !== now[name]).sort();
}

/**
 * Verifies a detached JWS over the claims with the public key the claims name. `claims` is the JSON as
 * read from the file, not a parsed copy: the signature covers what the file says.
 */
export async function verifyClaims(claims: Record<string, unknown>, signature: string, publicKey: PublicKey): Promise<SignatureCheck> {
  const [encodedHeader = '', , encodedSignature = ''] = signature.split('.');
  const header = decodeHeader(encodedHeader);
  if (!header) return { ok: false, reason: t('certify.jws.header'), changed: [] };
  if (header.alg !== JWS_ALG) return { ok: false, reason: t('certify.jws.alg', { alg: JSON.stringify(header.alg) ?? 'undefined' }), changed: [] };
  const unknown = Object.keys(header).filter((k) => !HEADER_KEYS.has(k));
  if (unknown.length || header.crit !== undefined) return { ok: false, reason: t('certify.jws.members', { members: unknown.join(', ') }), changed: [] };
  try {
    const key = await importJWK({ ...publicKey }, JWS_ALG);
    await flattenedVerify({ protected: encodedHeader, payload: base64url.encode(canonicalBytes(claims)), signature: encodedSignature }, key, { algorithms: [JWS_ALG] });
    return { ok: true };
  } catch {
    const changed = await changedClaims(header, claims);
    return { ok: false, reason: t('certify.jws.mismatch'), changed };
  }
}
