import { calculateJwkThumbprint, base64url } from 'jose';
import type { PublicKey } from './format';
import { FINGERPRINT_WORDS } from './words';

/**
 * A key's fingerprint: its RFC 7638 JWK thumbprint (SHA-256), shown as words. Eight words carry 64
 * bits of the thumbprint: enough that nobody can make a second key with the same words, short enough to
 * read out on a call or publish on a profile. Trust decisions compare whole keys; the words are for people.
 */
export const FINGERPRINT_WORD_COUNT = 8;

/** The RFC 7638 thumbprint of an Ed25519 public key, base64url (the JWS `kid`, the .well-known value). */
export function keyThumbprint(key: PublicKey): Promise<string> {
  return calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x }, 'sha256');
}

/** The thumbprint as words: "amber-otter-…", eight of them. */
export function thumbprintWords(thumbprint: string): string {
  const bytes = base64url.decode(thumbprint);
  return Array.from(bytes.subarray(0, FINGERPRINT_WORD_COUNT), (b) => FINGERPRINT_WORDS[b]!).join('-');
}

export async function fingerprintOf(key: PublicKey): Promise<string> {
  return thumbprintWords(await keyThumbprint(key));
}

/** The words grouped in pairs for reading: "amber otter · basil cedar · …". */
export function spokenFingerprint(fingerprint: string): string {
  const words = fingerprint.split('-');
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i += 2) pairs.push(words.slice(i, i + 2).join(' '));
  return pairs.join(' · ');
}
