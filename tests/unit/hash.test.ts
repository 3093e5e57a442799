import { describe, expect, it } from 'vitest';
import { fnv1a, sha256Hex } from '../../lib/hash';
import { normalizeForHash } from '../../lib/text/normalize';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j to the standard digest', async (input, hex) => {
    expect(await sha256Hex(input)).toBe(hex);
  });

  it('hashes UTF-8 bytes, so composed and decomposed forms differ until normalized', async () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    expect(await sha256Hex(composed)).not.toBe(await sha256Hex(decomposed));
    expect(await sha256Hex(normalizeForHash(composed))).toBe(await sha256Hex(normalizeForHash(decomposed)));
  });
});

describe('normalizeForHash', () => {
  it.each([
    ['  two   spaces\n\tand tabs  ', 'two spaces and tabs'],
    ['line\r\nbreaks', 'line breaks'],
    ['', ''],
  ])('normalizes %j', (input, expected) => {
    expect(normalizeForHash(input)).toBe(expected);
  });
});

describe('fnv1a', () => {
  it('is stable and spreads similar inputs apart', () => {
    expect(fnv1a('paragraph:Hello')).toBe(fnv1a('paragraph:Hello'));
    expect(fnv1a('paragraph:Hello')).not.toBe(fnv1a('paragraph:Hello.'));
  });
});
