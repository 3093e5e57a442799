/**
 * The deterministic CBOR (RFC 8949) that COSE_Sign1 and C2PA claims need: only the types they use
 * (unsigned and negative integers, text, bytes, arrays, maps with insertion order, tags, null).
 */
export type Cbor = number | string | Uint8Array | null | Cbor[] | Map<number | string, Cbor> | { tag: number; value: Cbor };

function head(major: number, n: number): Uint8Array {
  if (n < 24) return Uint8Array.of((major << 5) | n);
  if (n < 0x100) return Uint8Array.of((major << 5) | 24, n);
  if (n < 0x10000) return Uint8Array.of((major << 5) | 25, n >> 8, n & 0xff);
  return Uint8Array.of((major << 5) | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** Byte arrays one after another. */
export function joinBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

export function cbor(value: Cbor): Uint8Array {
  if (value === null) return Uint8Array.of(0xf6);
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    return joinBytes(head(3, bytes.length), bytes);
  }
  if (value instanceof Uint8Array) return joinBytes(head(2, value.length), value);
  if (Array.isArray(value)) return joinBytes(head(4, value.length), ...value.map(cbor));
  if (value instanceof Map) return joinBytes(head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)]));
  return joinBytes(head(6, value.tag), cbor(value.value));
}
