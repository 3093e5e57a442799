/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one byte form of a JSON value that is signed.
 *
 * JCS is defined on the ECMAScript serialisation of primitives (RFC 8785 §3.2.2): numbers as
 * `Number.prototype.toString` writes them and strings as `JSON.stringify` escapes them, so those parts
 * are the engine's own; what this module adds is the rest of the scheme: object members sorted by the
 * UTF-16 code units of their names (§3.2.3), no white space, and refusing what I-JSON (RFC 7493)
 * forbids — non-finite numbers and lone surrogates — instead of writing something a verifier elsewhere
 * would canonicalise differently.
 */

export class CanonicalizationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalizationError';
  }
}

/** A lone (unpaired) UTF-16 surrogate: not a Unicode character, so not I-JSON. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serializeString(value: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalizationError('a string holds a lone surrogate, which I-JSON (RFC 7493) forbids');
  return JSON.stringify(value);
}

function serializeNumber(value: number): string {
  if (!Number.isFinite(value)) throw new CanonicalizationError(`${value} is not a JSON number`);
  // ECMAScript's Number-to-String is the number form RFC 8785 §3.2.2.3 prescribes (−0 becomes "0").
  return JSON.stringify(value);
}

/** Sorting by UTF-16 code units, as §3.2.3 asks: JavaScript's default string comparison is exactly that. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function serialize(value: unknown, depth: number): string {
  // Deep nesting is no part of any real certificate and would only exhaust the stack.
  if (depth > 64) throw new CanonicalizationError('nested deeper than 64 levels');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value);
    case 'string':
      return serializeString(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => serialize(item === undefined ? null : item, depth + 1)).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) throw new CanonicalizationError('only plain objects, arrays and primitives are JSON');
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      entries.sort(([a], [b]) => byCodeUnits(a, b));
      return `{${entries.map(([k, v]) => `${serializeString(k)}:${serialize(v, depth + 1)}`).join(',')}}`;
    }
    default:
      throw new CanonicalizationError(`a ${typeof value} is not JSON`);
  }
}

/** The RFC 8785 canonical form of a JSON value, as a string. */
export function canonicalize(value: unknown): string {
  return serialize(value, 0);
}

/** The RFC 8785 canonical form as UTF-8 bytes: what is hashed and signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalize(value));
}
