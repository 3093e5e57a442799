import { describe, expect, it } from 'vitest';
import { cbor } from '../../../lib/certify/cbor';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('cbor', () => {
  // Examples from RFC 8949, Appendix A.
  it.each([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [-1, '20'],
    [-100, '3863'],
    ['a', '6161'],
    ['ü', '62c3bc'],
    [null, 'f6'],
  ] as const)('encodes %j as %s', (value, expected) => {
    expect(hex(cbor(value))).toBe(expected);
  });

  it('encodes bytes, arrays, maps in insertion order and tags', () => {
    expect(hex(cbor(Uint8Array.of(1, 2, 3, 4)))).toBe('4401020304');
    expect(hex(cbor([1, [2, 3], [4, 5]]))).toBe('8301820203820405');
    expect(hex(cbor(new Map<number | string, number | string>([['a', 'A'], ['b', 'B']])))).toBe('a26161614161626142');
    expect(hex(cbor({ tag: 1, value: 1363896240 }))).toBe('c11a514b67b0');
  });
});
