import { describe, expect, it } from 'vitest';
import { prepareText, sparseFeatures, styleTokensOf, tokensOf, type FeatureSpace } from '../../../lib/detect/ngrams';

const SPACE: FeatureSpace = { wordBuckets: 1 << 12, charBuckets: 1 << 12, styleBuckets: 1 << 8 };

describe('hashed n-gram features', () => {
  it('reads text the same whatever its disguise or typography', () => {
    expect(prepareText('It\u2019s  “Delve”\u200b into 2024!')).toBe(prepareText("it's \"delve\" into 0000!"));
    // Cyrillic look-alikes inside a Latin word are mapped back.
    expect(prepareText('\u0441rucial')).toBe('crucial');
  });

  it('keeps punctuation as tokens and turns content words into placeholders for style', () => {
    const tokens = tokensOf(prepareText('It is important to note that results vary, however.'));
    expect(tokens).toEqual(['it', 'is', 'important', 'to', 'note', 'that', 'results', 'vary', ',', 'however', '.']);
    expect(styleTokensOf(tokensOf(prepareText("We couldn't find 3 of them."))).join(' ')).toBe("we <w> <w> <n> of them .");
  });

  it('gives each family unit length, sorted unique ids in its own range', () => {
    const x = sparseFeatures('The quick brown fox jumps over the lazy dog. The dog sleeps.', SPACE);
    const ids = [...x.ids];
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    const ranges = [
      [0, SPACE.wordBuckets],
      [SPACE.wordBuckets, SPACE.wordBuckets + SPACE.charBuckets],
      [SPACE.wordBuckets + SPACE.charBuckets, SPACE.wordBuckets + SPACE.charBuckets + SPACE.styleBuckets],
    ];
    for (const [lo, hi] of ranges) {
      const norm = ids.reduce((s, id, k) => (id >= lo! && id < hi! ? s + x.values[k]! ** 2 : s), 0);
      expect(norm).toBeCloseTo(1, 5);
    }
    expect(x.words).toBe(12);
  });

  it('damps repetition: a word said ten times is not ten times the evidence', () => {
    const once = sparseFeatures('alpha beta', SPACE);
    const often = sparseFeatures(`${'alpha '.repeat(10)}beta`, SPACE);
    const weightOf = (x: typeof once, word: string) => {
      const probe = sparseFeatures(word, SPACE).ids[0]!;
      return x.values[[...x.ids].indexOf(probe)]!;
    };
    expect(weightOf(often, 'alpha') / weightOf(often, 'beta')).toBeCloseTo(1 + Math.log(10), 5);
    expect(weightOf(once, 'alpha')).toBeCloseTo(weightOf(once, 'beta'), 5);
  });

  it('returns no features for an empty text', () => {
    const x = sparseFeatures('   ', SPACE);
    expect(x.ids.length).toBe(0);
    expect(x.words).toBe(0);
  });
});
