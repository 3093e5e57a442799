import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../lib/detect/model';
import params from '../../../lib/detect/model.json';
import { styleBuckets, styleScore, styleTokens } from '../../../lib/detect/features/style';
import type { ModelParams } from '../../../lib/detect/model';

const model = loadModel(params as ModelParams);

describe('style: sentence patterns with the topic taken out', () => {
  it.each([
    ['It is important to note that the results are robust.', ['it', 'is', '<w>', 'to', '<w>', 'that', 'the', '<w>', 'are', '<w>', '.']],
    ["We couldn't find 3 of them, so we left.", ['we', '<w>', '<w>', '<n>', 'of', 'them', ',', 'so', 'we', '<w>', '.']],
    ['Not only fast — but also cheap!', ['not', 'only', '<w>', '—', 'but', 'also', '<w>', '!']],
  ])('%j', (text, tokens) => {
    expect(styleTokens(text)).toEqual(tokens);
  });

  it('cannot tell plain words from rich ones: simple vocabulary is never evidence either way', () => {
    const plain = 'The dog is big and it is very nice to me when I come home from work.';
    const rich = 'The hound is enormous and it is very affectionate to me when I return home from employment.';
    expect(styleTokens(plain)).toEqual(styleTokens(rich));
    expect(styleScore(plain, model.context.style!)).toBe(styleScore(rich, model.context.style!));
  });

  it('hashes trigrams into the shipped table', () => {
    const ids = styleBuckets('One two three four.');
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toBeLessThan(model.context.style!.buckets);
    expect(styleScore('Hi.', model.context.style!)).toBe(0);
  });
});
