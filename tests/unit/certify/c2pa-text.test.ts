import { describe, expect, it } from 'vitest';
import { attachTextWrapper, C2PA_TEXT_MAGIC, encodeTextWrapper, stripTextWrappers } from '../../../lib/certify/c2pa-text';
import { verifyCertificate } from '../../../lib/certify';
import { normalizeForHash } from '../../../lib/text/normalize';
import { REPORT, given, signMarkdown } from './helpers';

const manifest = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256);

describe('the C2PA text wrapper (Appendix A.8)', () => {
  it('encodes the header and every byte value as variation selectors after a ZWNBSP', () => {
    const wrapper = encodeTextWrapper(Uint8Array.from([0, 15, 16, 255]));
    const points = Array.from(wrapper, (c) => c.codePointAt(0)!);
    expect(points[0]).toBe(0xfeff);
    // "C2PATXT\0" (all ≥ 16 but the NUL), version 1, length 4 big-endian, then the four bytes.
    expect(points.slice(1, 9)).toEqual([...C2PA_TEXT_MAGIC].map((b) => (b < 16 ? 0xfe00 + b : 0xe0100 + b - 16)));
    expect(points.slice(9, 14)).toEqual([0xfe01, 0xfe00, 0xfe00, 0xfe00, 0xfe04]);
    expect(points.slice(14)).toEqual([0xfe00, 0xfe0f, 0xe0100, 0xe01ef]);
  });

  it.each([0, 1, 255, 4096])('round-trips a %i-byte manifest appended to text', (size) => {
    const text = 'A paragraph of the deliverable, with an emoji 👍🏽 and a variation selector already in it: ☺︎.';
    const wrapped = attachTextWrapper(text, manifest(size));
    const read = stripTextWrappers(wrapped);
    expect(read.text).toBe(text);
    expect(read.wrappers).toHaveLength(1);
    expect([...read.wrappers[0]!.manifest]).toEqual([...manifest(size)]);
    expect(read.wrappers[0]!.at).toBe(text.length);
    expect(read.damaged).toBe(0);
  });

  it('strips every wrapper, anywhere, leaves selectors that are not C2PA’s, and counts damaged ones', () => {
    const a = encodeTextWrapper(manifest(10));
    const b = encodeTextWrapper(manifest(3));
    const read = stripTextWrappers(`One${a} two${b}`);
    expect(read.text).toBe('One two');
    expect(read.wrappers.map((w) => w.at)).toEqual([3, 7]);
    // A ZWNBSP with ordinary selectors (no magic) is the text's own.
    const own = '\uFEFF\uFE0F text';
    expect(stripTextWrappers(own).text).toBe(own);
    // The magic with a length that does not match: removed, and reported as damaged.
    const cut = a.slice(0, -2);
    expect(stripTextWrappers(`x${cut}`)).toEqual({ text: 'x', wrappers: [], damaged: 1 });
    // Attaching replaces an old wrapper rather than stacking two.
    expect(stripTextWrappers(attachTextWrapper(`One${a}`, manifest(2))).wrappers).toHaveLength(1);
  });

  it('survives NFC normalisation, and a text carrying a wrapper still verifies against its certificate', async () => {
    const wrapped = attachTextWrapper('Café', manifest(40));
    expect(stripTextWrappers(wrapped.normalize('NFC')).wrappers).toHaveLength(1);
    expect(normalizeForHash(stripTextWrappers(wrapped).text)).toBe('Café');
    const signed = await signMarkdown();
    const carrying = REPORT.replace('\n\n', `${encodeTextWrapper(manifest(64))}\n\n`);
    const result = await verifyCertificate(signed.text, { documents: [given('report.md', carrying)], images: [], known: [] });
    expect(result.documents[0]?.state).toBe('unchanged');
  });
});
