// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClassifyRequestSchema, MAX_PASSAGE_CHARS, MAX_PASSAGES } from '../../../lib/classify/protocol';
import { assay, fromServerScores, toServerPassages } from '../../../lib/classify/providers/assay';
import { DEFAULT_SERVER } from '../../../lib/server/config';
import { startServer, type RunningServer } from '../../../lib/server/start';

type Sent = { url: string; passages: { id: string; text: string }[] };

/** A stand-in server: v2 answers (or 404 for /v2, like a server from before v2), recording each request. */
function standIn(options: { v2?: boolean; label?: (text: string) => string; status?: number } = {}) {
  const sent: Sent[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    const body = ClassifyRequestSchema.parse(JSON.parse(String(init.body)));
    sent.push({ url, passages: body.passages });
    if (options.status) return new Response(JSON.stringify({ error: 'x' }), { status: options.status });
    const v2 = url.endsWith('/v2/classify');
    if (v2 && options.v2 === false) return new Response(JSON.stringify({ error: 'not found' }), { status: 404 });
    const passages = body.passages.map((p) => ({ id: p.id, probability: p.text.startsWith('ai') ? 0.9 : 0.2, ...(v2 ? { label: options.label?.(p.text) ?? 'human' } : {}) }));
    const document = v2 ? { probability: 0.5, label: 'mixed' } : { probability: 0.5 };
    return new Response(JSON.stringify({ protocol: v2 ? 'v2' : 'v1', model: { name: 'Assay local detector', version: 't' }, document, passages }), { status: 200 });
  }) as unknown as typeof fetch;
  return { fn, sent };
}

const context = (fn: typeof fetch) => ({ key: '', fetch: fn, option: 'http://127.0.0.1:8787' });

describe('the Assay server adapter splits a long document so it keeps its second opinion', () => {
  it('sends at most 2,000 passages a request and gets an answer for every passage', async () => {
    const passages = Array.from({ length: 4_500 }, (_, i) => ({ id: `page-passage-${i}`, text: `passage ${i}` }));
    const { fn, sent } = standIn();
    const answer = await assay.classify(passages, context(fn));
    expect(sent.map((r) => r.passages.length)).toEqual([MAX_PASSAGES, MAX_PASSAGES, 500]);
    expect(answer.passages.map((p) => p.id)).toEqual(passages.map((p) => p.id));
  });

  it('keeps each request well under the server’s 2 MiB body limit, even in three-byte characters', async () => {
    const passages = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, text: '語'.repeat(19_000) }));
    const { fn, sent } = standIn();
    await assay.classify(passages, context(fn));
    expect(sent.length).toBeGreaterThan(1);
    for (const request of sent) expect(Buffer.byteLength(JSON.stringify({ passages: request.passages }))).toBeLessThan(DEFAULT_SERVER.maxBodyBytes);
  });

  it('sends a passage longer than the protocol allows as parts, and weighs them back by length', () => {
    const long = `${'ai words '.repeat(3_000)}${'plain words '.repeat(1_000)}`;
    const { sent, ownerOf } = toServerPassages([{ id: 'short', text: 'hello' }, { id: 'long', text: long }]);
    expect(sent.map((p) => p.id)).toEqual(['0', '1.0', '1.1']);
    expect(sent.every((p) => p.text.length <= MAX_PASSAGE_CHARS)).toBe(true);
    expect(sent.slice(1).map((p) => p.text).join('')).toBe(long);
    const scores = fromServerScores([{ id: '0', probability: 0.1 }, { id: '1.0', probability: 0.9 }, { id: '1.1', probability: 0.3 }, { id: 'invented', probability: 1 }], sent, ownerOf);
    const l0 = sent[1]!.text.length;
    const l1 = sent[2]!.text.length;
    expect(scores).toEqual([{ id: 'short', probability: 0.1 }, { id: 'long', probability: expect.closeTo((0.9 * l0 + 0.3 * l1) / (l0 + l1), 9) }]);
  });

  it('leaves out passages the server did not judge: a bare estimate is not an opinion', async () => {
    const { fn } = standIn({ label: (text) => (text === 'tiny' ? 'unknown' : 'ai') });
    const answer = await assay.classify([{ id: 'a', text: 'ai text here' }, { id: 'b', text: 'tiny' }], context(fn));
    expect(answer.passages.map((p) => p.id)).toEqual(['a']);
  });

  it('falls back to v1 when the server predates v2, once per document', async () => {
    const { fn, sent } = standIn({ v2: false });
    const passages = Array.from({ length: 2_500 }, (_, i) => ({ id: `p${i}`, text: i % 2 ? 'ai text' : 'text' }));
    const answer = await assay.classify(passages, context(fn));
    expect(sent.map((r) => r.url.slice(-11))).toEqual(['v2/classify', 'v1/classify', 'v1/classify']);
    expect(answer.passages).toHaveLength(2_500);
  });

  it('says how to fix a server that refuses the address’s host name', async () => {
    const { fn } = standIn({ status: 421 });
    await expect(assay.classify([{ id: 'a', text: 'x' }], { key: '', fetch: fn, option: 'http://assay.lan:8787' })).rejects.toThrow(/--allowed-host assay\.lan/);
  });
});

describe('against a real assay serve on loopback', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ ...DEFAULT_SERVER, port: 0, ratePerMinute: 1_000 }, { log: () => undefined });
  });
  afterAll(() => server.close(1_000));

  it('classifies a 2,500-passage document (more than one request holds) without an HTTP 400', async () => {
    const passages = Array.from({ length: 2_500 }, (_, i) => ({ id: `s${i}`, text: `Paragraph ${i}: the committee met on Thursday to review the budget and the cost of the new roof.` }));
    const answer = await assay.classify(passages, { key: '', fetch, option: server.url });
    // Every passage is too short for the detector to judge, so the server labels them all `unknown`…
    expect(answer.passages).toEqual([]);
    // …while a judged one comes back with its score.
    const long = 'We walked the river path before the market opened and counted the herons standing in the shallows. My brother insists the old bridge was painted green once, though nobody else in the family remembers it, and the bakery had sold out of rye by nine.';
    const mixed = await assay.classify([...passages, { id: 'judged', text: long }], { key: '', fetch, option: server.url });
    expect(mixed.passages.map((p) => p.id)).toEqual(['judged']);
  });
});
