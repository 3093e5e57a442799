import { describe, expect, it, vi } from 'vitest';
import { extractFigma, figmaImages, FigmaFileSchema, type FigmaNode } from '../../../lib/platforms/figma/extract';
import { FigmaError, figmaProblem, IMAGE_URLS_FRESH_MS, readFigma, type CachedRead, type Fetch, type FigmaCache } from '../../../lib/platforms/figma/api';
import { figmaLocation, figmaRecordUrl } from '../../../lib/platforms/figma/page';
import { DeliverableSchema } from '../../../lib/schema/deliverable';
import { ABOUT_COPY, CARD_TEXT, communityFileJson, FIGMA_KEYS, fileJson, HERO_COPY, HIDDEN_TEXT, IMAGE_REF, imagesJson, metaJson, nodesJson } from '../../fixtures/platforms/figma/file';

const source = { kind: 'figma' as const, url: 'https://www.figma.com/design/AssayFixtureLanding01', title: 'Landing' };

describe('Figma addresses', () => {
  it.each([
    ['https://www.figma.com/design/AssayFixtureLanding01/Harbour-Street', { key: 'AssayFixtureLanding01', nodeId: undefined }],
    ['https://www.figma.com/file/AssayFixtureLanding01/x?node-id=12-345&t=abc', { key: 'AssayFixtureLanding01', nodeId: '12:345' }],
    ['https://figma.com/proto/AssayFixtureLanding01/x?node-id=1%3A2', { key: 'AssayFixtureLanding01', nodeId: '1:2' }],
    ['https://www.figma.com/board/AssayFixtureLanding01/Jam', { key: 'AssayFixtureLanding01', nodeId: undefined }],
    ['https://www.figma.com/design/AssayFixtureLanding01/branch/BranchKey0123456/x', { key: 'BranchKey0123456', nodeId: undefined }],
    ['https://embed.figma.com/design/AssayFixtureLanding01/x?embed-host=share', { key: 'AssayFixtureLanding01', nodeId: undefined }],
    ['https://www.figma.com/design/AssayFixtureLanding01/x?node-id=1-2);alert(1', { key: 'AssayFixtureLanding01', nodeId: undefined }],
    ['https://www.figma.com/files/recent', undefined],
    ['https://www.figma.com.evil.example/design/AssayFixtureLanding01/x', undefined],
    ['http://www.figma.com/design/AssayFixtureLanding01/x', undefined],
  ])('%s', (href, expected) => {
    expect(figmaLocation(href)).toEqual(expected);
  });

  it('links a record back to the file and frame', () => {
    expect(figmaRecordUrl('https://www.figma.com', { key: 'K0123456789', nodeId: '1:2' })).toBe('https://www.figma.com/design/K0123456789?node-id=1-2');
  });
});

describe('extractFigma', () => {
  const file = FigmaFileSchema.parse(fileJson(FIGMA_KEYS.landing));

  it('turns every text layer into a passage, grouped by its top-level frame, and lists image fills', () => {
    const out = extractFigma(file.document.children ?? [], source);
    expect(DeliverableSchema.safeParse(out.deliverable).success).toBe(true);
    expect(out.passages.map((p) => [p.frame, p.segment.kind, p.segment.text])).toEqual([
      ['Landing page › Hero', 'heading', 'Bread worth getting up for'],
      ['Landing page › Hero', 'paragraph', HERO_COPY],
      ['Landing page › About us', 'heading', 'About us'],
      ['Landing page › About us', 'paragraph', ABOUT_COPY],
      ['Landing page › Footer', 'paragraph', '© 2026 Harbour Street Bakery'],
    ]);
    expect(out.frames).toBe(3);
    expect(out.textNodes).toBe(5);
    expect([...out.imageRefs]).toEqual([[IMAGE_REF, { name: 'Hero photo', width: 720, height: 480 }]]);
    expect(figmaImages(out.imageRefs, imagesJson().meta.images)).toEqual([expect.objectContaining({ alt: 'Hero photo', url: expect.stringMatching(/^https:\/\/s3-alpha/) })]);
    // An image URL that is not https is not listed.
    expect(figmaImages(out.imageRefs, { [IMAGE_REF]: 'javascript:alert(1)' })).toEqual([]);
  });

  it('reads a file of 2,000 layers', () => {
    const huge = FigmaFileSchema.parse(fileJson(FIGMA_KEYS.huge));
    const out = extractFigma(huge.document.children ?? [], source);
    expect(out.passages).toHaveLength(1_800);
    expect(out.frames).toBe(200);
    expect(out.truncated).toBe(false);
  });

  it('leaves hidden layers out and counts them apart, counts an instance’s repeated text once, and keeps same-named frames apart', () => {
    const file = FigmaFileSchema.parse(communityFileJson());
    const out = extractFigma(file.document.children ?? [], source);
    const texts = out.passages.map((p) => p.segment.text);
    expect(texts).not.toContain(HIDDEN_TEXT);
    expect(texts.join(' ')).not.toMatch(/swap the photos|price list/);
    expect(out.hidden).toBe(3);
    expect(texts.filter((t) => t === CARD_TEXT)).toHaveLength(1);
    expect(out.repeats).toBe(4);
    expect(out.textNodes).toBe(6);
    // Two frames named "MyFrame" on two pages are two frames, each named with its page.
    expect(out.frames).toBe(2);
    expect(out.passages.map((p) => p.frame)).toEqual(['Cover › MyFrame', 'Cards › MyFrame']);
  });

  it('stops at a tree too deep to be a real file', () => {
    let node: FigmaNode = { id: 'x', name: 't', type: 'TEXT', characters: 'deep' };
    for (let i = 0; i < 300; i++) node = { id: `g${i}`, name: 'g', type: 'GROUP', children: [node] };
    expect(extractFigma([node], source).truncated).toBe(true);
  });
});

function memoryCache(): FigmaCache & { store: Map<string, CachedRead> } {
  const store = new Map<string, CachedRead>();
  return { store, get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
}

/** A stand-in for api.figma.com answering in the documented shapes. */
function api(over: Partial<Record<'meta' | 'file' | 'nodes' | 'images', () => Response>> = {}) {
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const calls: string[] = [];
  const fetchImpl: Fetch = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push(url);
    expect((init?.headers as Record<string, string>)['X-Figma-Token']).toBe('figd_token');
    const path = new URL(url).pathname;
    if (path.endsWith('/meta')) return over.meta?.() ?? json(metaJson('K'));
    if (path.endsWith('/images')) return over.images?.() ?? json(imagesJson());
    if (path.endsWith('/nodes')) return over.nodes?.() ?? json(nodesJson(new URL(url).searchParams.get('ids')!));
    return over.file?.() ?? json(fileJson(FIGMA_KEYS.landing));
  });
  return { fetchImpl, calls, json };
}

describe('readFigma', () => {
  const where = { key: 'AssayFixtureLanding01' };

  it('reads once, then serves an unchanged version from the cache with one cheap request', async () => {
    const { fetchImpl, calls } = api();
    const cache = memoryCache();
    const first = await readFigma(where, 'figd_token', source.url, fetchImpl, cache);
    expect(first).toMatchObject({ cached: false, fileReads: 1, requests: 3, frames: 3, textNodes: 5, version: '4471993622' });
    expect(first.places[first.deliverable.segments[1]!.id]).toBe('Landing page › Hero');
    const second = await readFigma(where, 'figd_token', source.url, fetchImpl, cache);
    expect(second).toMatchObject({ cached: true, fileReads: 0, requests: 1 });
    expect(second.deliverable).toEqual(first.deliverable);
    expect(calls.map((u) => new URL(u).pathname)).toEqual([
      '/v1/files/AssayFixtureLanding01/meta',
      '/v1/files/AssayFixtureLanding01',
      '/v1/files/AssayFixtureLanding01/images',
      '/v1/files/AssayFixtureLanding01/meta',
    ]);
  });

  it('asks for fresh image links for an unchanged file once the cached ones may have expired, without reading the file again', async () => {
    const { fetchImpl, calls, json } = api();
    const cache = memoryCache();
    let now = Date.UTC(2026, 10, 1);
    await readFigma(where, 'figd_token', source.url, fetchImpl, cache, () => now);
    now += IMAGE_URLS_FRESH_MS + 1;
    const fresh = 'https://s3-alpha-sig.figma.com/img/7f3c/9a1b/new?Expires=1799999999';
    const { fetchImpl: later, calls: laterCalls } = api({ images: () => json({ meta: { images: { [IMAGE_REF]: fresh } } }) });
    const second = await readFigma(where, 'figd_token', source.url, later, cache, () => now);
    expect(second).toMatchObject({ cached: true, fileReads: 0, requests: 2 });
    expect(laterCalls.map((u) => new URL(u).pathname)).toEqual(['/v1/files/AssayFixtureLanding01/meta', '/v1/files/AssayFixtureLanding01/images']);
    expect(second.images.map((i) => i.url)).toEqual([fresh]);
    expect(second.deliverable.images!.map((i) => i.url)).toEqual([fresh]);
    // Fresh again: the next check asks only the version.
    const third = await readFigma(where, 'figd_token', source.url, later, cache, () => now + 1_000);
    expect(third.requests).toBe(1);
    expect(calls).toHaveLength(3);
  });

  it('asks for a token before calling Figma at all', async () => {
    const { fetchImpl } = api();
    await expect(readFigma(where, '', source.url, fetchImpl, memoryCache())).rejects.toThrow(/Paste a Figma personal access token/);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('explains a 429 plainly, with the wait and the seat limit, and does not retry', async () => {
    const { fetchImpl, json } = api({ file: () => json({ status: 429 }, 429, { 'retry-after': '3600', 'x-figma-rate-limit-type': 'low' }) });
    const error = await readFigma(where, 'figd_token', source.url, fetchImpl, memoryCache()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FigmaError);
    expect((error as Error).message).toMatch(/limit on API requests was reached\. Figma asks to wait 60 minutes\. Your Figma seat allows only a few file reads a month/);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['malformed JSON', () => new Response('{"name": ', { status: 200 }), /was not JSON/],
    ['the wrong shape', () => new Response(JSON.stringify({ name: 'x', version: 7, document: 'not a tree' }), { status: 200 }), /not in the expected shape/],
    ['a wrong token', () => new Response('{}', { status: 403 }), /refused the token/],
    ['an outage', () => new Response('{}', { status: 503 }), /having trouble \(503\)/],
  ])('refuses %s with a clear message and caches nothing', async (_, file, message) => {
    const { fetchImpl } = api({ file });
    const cache = memoryCache();
    await expect(readFigma(where, 'figd_token', source.url, fetchImpl, cache)).rejects.toThrow(message);
    expect(cache.store.size).toBe(0);
  });

  it('reads one frame through the nodes endpoint, and says when the frame is missing', async () => {
    const { fetchImpl } = api();
    const read = await readFigma({ ...where, nodeId: '1:2' }, 'figd_token', source.url, fetchImpl, memoryCache());
    expect(read.deliverable.source.title).toBe('Harbour Street — landing page — Hero');
    expect(read.deliverable.segments.map((s) => s.text)).toEqual(['Bread worth getting up for', HERO_COPY]);
    await expect(readFigma({ ...where, nodeId: '9:9' }, 'figd_token', source.url, fetchImpl, memoryCache())).rejects.toThrow(/did not find the frame/);
  });

  it.each([
    [401, {}, /refused the token/],
    [404, {}, /did not find this file/],
    [429, { 'retry-after': '30' }, /wait 30 seconds\. Assay will not retry/],
    [429, {}, /limit on API requests was reached\. Assay will not retry/],
  ])('figmaProblem(%i)', (status, headers, message) => {
    expect(figmaProblem(status, new Headers(headers))).toMatch(message);
  });
});
