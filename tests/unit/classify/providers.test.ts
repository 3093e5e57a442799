import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../lib/classify/errors';
import { ClassifierAnswerSchema } from '../../../lib/classify/protocol';
import { PROVIDERS, providerById } from '../../../lib/classify/providers';
import { chunkPassages, sentencesToPassages } from '../../../lib/classify/providers/shared';

const PASSAGES = [
  { id: 'p1', text: 'I walked to the market early. The bread was still warm.' },
  { id: 'p2', text: 'In today’s fast-paced world, it is crucial to leverage synergy. Furthermore, growth matters.' },
];

/** A fetch stand-in answering with a documented shape (or an error), recording what was sent. */
function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = typeof body === 'function' ? (body as (sent: string) => unknown)(String(init.body)) : body;
    return new Response(typeof answer === 'string' ? answer : JSON.stringify(answer), { status, headers: { 'content-type': 'application/json', ...headers } });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

/** Documented answers, one per provider (see each adapter's header for the source). */
const DOCUMENTED: Record<string, unknown> = {
  gptzero: { documents: [{ completely_generated_prob: 0.7, average_generated_prob: 0.6, sentences: [{ sentence: 'I walked to the market early.', generated_prob: 0.05 }, { sentence: 'The bread was still warm.', generated_prob: 0.1 }, { sentence: 'In today’s fast-paced world, it is crucial to leverage synergy.', generated_prob: 0.98 }, { sentence: 'Furthermore, growth matters.', generated_prob: 0.9 }] }] },
  sapling: { score: 0.7, sentence_scores: [{ sentence: 'I walked to the market early.', score: 0.05 }, { sentence: 'In today’s fast-paced world, it is crucial to leverage synergy.', score: 0.97 }], text: '…' },
  originality: { success: true, score: { original: 0.3, ai: 0.7 }, blocks: [{ text: 'I walked to the market early. The bread was still warm.', result: { fake: 0.08, real: 0.92 } }, { text: 'In today’s fast-paced world, it is crucial to leverage synergy. Furthermore, growth matters.', result: { fake: 0.96, real: 0.04 } }], credits_used: 30 },
  winston: { status: 200, score: 30, sentences: [{ text: 'I walked to the market early.', score: 95 }, { text: 'In today’s fast-paced world, it is crucial to leverage synergy.', score: 3 }], credits_used: 30, credits_remaining: 1970 },
  // One passage per request: the machine-like one scores high.
  // The server sees passages by position ("0", "1"); the adapter maps them back.
  assay: { protocol: 'v2', model: { name: 'Assay local detector', version: '0.1.0' }, document: { probability: 0.7, label: 'mixed' }, passages: [{ id: '0', probability: 0.1, label: 'human' }, { id: '1', probability: 0.97, label: 'ai' }] },
  huggingface: (sent: string) => (sent.includes('fast-paced') ? [[{ label: 'Fake', score: 0.93 }, { label: 'Real', score: 0.07 }]] : [[{ label: 'Real', score: 0.9 }, { label: 'Fake', score: 0.1 }]]),
};

/** The self-hosted server needs its address; the others need no option. */
const optionFor = (id: string) => (id === 'assay' ? 'http://127.0.0.1:8787' : undefined);

describe('provider registry', () => {
  it('registers every adapter file once, each with a documentation link and a host', () => {
    const files = readdirSync(join(import.meta.dirname, '../../../lib/classify/providers')).filter((f) => !['index.ts', 'types.ts', 'shared.ts'].includes(f));
    expect(PROVIDERS.map((p) => `${p.id === 'huggingface' ? 'huggingface' : p.id}.ts`).sort()).toEqual(files.sort());
    for (const p of PROVIDERS) {
      expect(p.docs, p.id).toMatch(/^https:\/\//);
      expect(p.host, p.id).toMatch(/^https:\/\/[^/]+\/\*$/);
      if (p.hostFor) expect(p.hostFor('http://127.0.0.1:8787/x'), p.id).toBe('http://127.0.0.1:8787/*');
      expect(readFileSync(join(import.meta.dirname, `../../../lib/classify/providers/${p.id}.ts`), 'utf8'), p.id).toContain(p.docs);
    }
  });
});

describe.each(PROVIDERS.map((p) => [p.id, p] as const))('%s adapter', (id, provider) => {
  it('maps its documented answer onto Assay passages', async () => {
    const { fn, calls } = fakeFetch(200, DOCUMENTED[id]);
    const answer = ClassifierAnswerSchema.parse(await provider.classify(PASSAGES, { key: 'secret-key', fetch: fn, option: optionFor(id) }));
    expect(answer.passages.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(answer.passages[1]!.probability).toBeGreaterThan(answer.passages[0]!.probability);
    expect(answer.document.probability).toBeGreaterThan(0.5);
    // The key goes in the documented place and nowhere else in the URL.
    const sent = JSON.stringify(calls[0]!.init.headers) + String(calls[0]!.init.body);
    expect(sent).toContain('secret-key');
    expect(calls[0]!.url).toMatch(id === 'assay' ? /^http:\/\/127\.0\.0\.1:8787\/v2\/classify$/ : /^https:\/\//);
    expect(calls[0]!.url).not.toContain('secret-key');
  });

  it.each([
    [401, 'auth', /API key/],
    [402, 'credits', /out of credits/],
    [413, 'too-long', /too long/],
    [429, 'rate-limit', /slow down/],
    [503, 'unavailable', /down/],
  ] as const)('turns HTTP %i into a plain message', async (status, kind, message) => {
    const { fn } = fakeFetch(status, { error: 'x' }, { 'retry-after': '3' });
    const error = await provider.classify(PASSAGES, { key: 'k', fetch: fn, option: optionFor(id) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe(kind);
    expect((error as ProviderError).message).toMatch(message);
    if (status === 429) expect((error as ProviderError).retryAfterMs).toBe(3000);
  });

  it.each([
    ['not JSON', '<html>oops</html>'],
    ['the wrong shape', { result: 'ai' }],
    ['wrong types', id === 'huggingface' ? [[{ label: 'Fake', score: 'high' }]] : { score: 'high', documents: 'x' }],
  ])('discards an answer that is %s, whole', async (_, body) => {
    const { fn } = fakeFetch(200, body);
    await expect(provider.classify(PASSAGES, { key: 'k', fetch: fn, option: optionFor(id) })).rejects.toMatchObject({ kind: 'invalid-answer' });
  });

  it('reports an unreachable provider as a network error', async () => {
    const fn = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(provider.classify(PASSAGES, { key: 'k', fetch: fn, option: optionFor(id) })).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('shared mapping', () => {
  it('chunks passages within a provider limit', () => {
    const passages = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, text: 'x'.repeat(40) }));
    const chunks = chunkPassages(passages, 100);
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunkPassages([{ id: 'big', text: 'y'.repeat(500) }], 100)[0]![0]!.text).toHaveLength(100);
  });
  it('falls back to the document score for passages with no matching sentence', () => {
    expect(sentencesToPassages(PASSAGES, [{ text: 'unrelated sentence', probability: 1 }], 0.4).map((p) => p.probability)).toEqual([0.4, 0.4]);
  });
  it('has a Hugging Face model option, validated', async () => {
    const hf = providerById('huggingface')!;
    const { fn, calls } = fakeFetch(200, [[{ label: 'Fake', score: 0.8 }]]);
    await hf.classify(PASSAGES.slice(0, 1), { key: 'k', fetch: fn, option: 'org/detector-model' });
    expect(calls[0]!.url).toBe('https://router.huggingface.co/hf-inference/models/org/detector-model');
    await expect(hf.classify(PASSAGES, { key: 'k', fetch: fn, option: '../../evil' })).rejects.toMatchObject({ kind: 'invalid-answer' });
    const weird = fakeFetch(200, [[{ label: 'POSITIVE', score: 0.9 }]]);
    await expect(hf.classify(PASSAGES, { key: 'k', fetch: weird.fn })).rejects.toThrow(/cannot map/);
  });
});
