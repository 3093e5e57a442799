/**
 * Hashing, for every layer: SHA-256 for content identity (records, images, the remote cache) through
 * WebCrypto, the same in service workers, pages and Node; FNV-1a for short, stable, non-cryptographic
 * ids (passages, n-gram buckets). Depends on nothing: extraction and detection both use it.
 */

/** SHA-256 of a string as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  return sha256Bytes(new TextEncoder().encode(text));
}

/** SHA-256 of bytes as lowercase hex. */
export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** FNV-1a 32-bit over UTF-16 code units: fast, stable across runtimes, good enough to bucket n-grams. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short, stable, non-cryptographic id for passages (not for integrity). */
export function fnv1a(text: string): string {
  return fnv1a32(text).toString(36);
}
