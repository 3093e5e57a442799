/**
 * A minimal DER writer (ITU-T X.690) for the certificates and time-stamp tokens the tests build.
 * Only what X.509 and RFC 3161 need: definite lengths, the universal types below, context tags.
 */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) (out.set(p, offset), (offset += p.length));
  return out;
}

function length(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concat(...content);
  return concat(Uint8Array.of(tag), length(body.length), body);
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

export const seq = (...content: Uint8Array[]) => tlv(0x30, ...content);
/** SET OF with its elements in DER order (sorted by their encodings), as verifiers re-encode them. */
export const setOf = (...content: Uint8Array[]) => tlv(0x31, ...[...content].sort(compareBytes));
export const octets = (bytes: Uint8Array) => tlv(0x04, bytes);
export const bits = (bytes: Uint8Array, unused = 0) => tlv(0x03, Uint8Array.of(unused), bytes);
export const bool = (value: boolean) => tlv(0x01, Uint8Array.of(value ? 0xff : 0));
export const utf8 = (text: string) => tlv(0x0c, new TextEncoder().encode(text));
export const printable = (text: string) => tlv(0x13, ascii(text));
/** Context-specific constructed [n] (EXPLICIT tagging, or IMPLICIT of a constructed type). */
export const explicit = (n: number, ...content: Uint8Array[]) => tlv(0xa0 + n, ...content);
/** Context-specific primitive [n] IMPLICIT. */
export const implicit = (n: number, bytes: Uint8Array) => tlv(0x80 + n, bytes);

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** A non-negative INTEGER from a number, bigint or big-endian bytes. */
export function int(value: number | bigint | Uint8Array): Uint8Array {
  let bytes: number[];
  if (value instanceof Uint8Array) bytes = [...value];
  else {
    bytes = [];
    for (let v = BigInt(value); v > 0n; v >>= 8n) bytes.unshift(Number(v & 0xffn));
    if (bytes.length === 0) bytes = [0];
  }
  while (bytes.length > 1 && bytes[0] === 0 && bytes[1]! < 0x80) bytes.shift();
  if (bytes[0]! >= 0x80) bytes.unshift(0);
  return tlv(0x02, Uint8Array.from(bytes));
}

export function oid(dotted: string): Uint8Array {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out: number[] = [a! * 40 + b!];
  for (const arc of rest) {
    const groups: number[] = [];
    for (let v = arc; ; v = Math.floor(v / 128)) {
      groups.unshift(v % 128);
      if (v < 128) break;
    }
    out.push(...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)));
  }
  return tlv(0x06, Uint8Array.from(out));
}

const two = (n: number) => String(n).padStart(2, '0');
/** UTCTime for years before 2050, GeneralizedTime after (RFC 5280 §4.1.2.5). */
export function time(date: Date): Uint8Array {
  const rest = `${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
  const year = date.getUTCFullYear();
  return year < 2050 ? tlv(0x17, ascii(`${two(year % 100)}${rest}`)) : generalizedTime(date);
}

export function generalizedTime(date: Date): Uint8Array {
  const text = `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
  return tlv(0x18, ascii(text));
}

/** The content octets of one TLV (its header stripped). */
export function contents(tlvBytes: Uint8Array): Uint8Array {
  const first = tlvBytes[1]!;
  return tlvBytes.subarray(first & 0x80 ? 2 + (first & 0x7f) : 2);
}

/** The TLVs inside a constructed value's content octets, in order. */
export function children(content: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let offset = 0;
  while (offset < content.length) {
    let len = content[offset + 1]!;
    let headerLength = 2;
    if (len & 0x80) {
      const n = len & 0x7f;
      len = 0;
      for (let i = 0; i < n; i++) len = len * 256 + content[offset + 2 + i]!;
      headerLength += n;
    }
    out.push(content.subarray(offset, offset + headerLength + len));
    offset += headerLength + len;
  }
  return out;
}
