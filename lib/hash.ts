import { fnv1a32 } from './detect/hashing';

/** SHA-256 of a string as lowercase hex (WebCrypto: the same in service workers, pages and Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A short, stable, non-cryptographic id for passages (not for integrity). */
export function fnv1a(text: string): string {
  return fnv1a32(text).toString(36);
}
