import { z } from 'zod';
import { extractFigma, figmaImages, FigmaFileSchema, FigmaImagesSchema, FigmaMetaSchema, FigmaNodesSchema, type FigmaExtraction } from './extract';
import { DeliverableSchema, ImageRefSchema, type Deliverable, type ImageRef } from '../../schema/deliverable';
import type { FigmaLocation } from './page';
import { plural, t } from '../../i18n';

/**
 * The Figma REST API as Assay uses it, from the background only. Figma gives View and Collab seats a
 * handful of file reads (Tier 1 requests) a month, so a file is read again only when its `version`
 * changed: a cheap `GET /v1/files/:key/meta` asks the version first, and an unchanged file is served
 * from the cache. Errors come back as plain sentences; a 429 says when to try again and why.
 * The token travels only in the `X-Figma-Token` header to api.figma.com and is never logged.
 */
export const FIGMA_API = 'https://api.figma.com';

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Figma's image-fill links expire (its API reference: "no more than 14 days", sometimes sooner). A
 * cached file's links older than this are asked again: one image-list request, never a file read.
 */
export const IMAGE_URLS_FRESH_MS = 24 * 60 * 60 * 1000;

export interface CachedRead {
  version: string;
  name: string;
  deliverable: Deliverable;
  frames: number;
  textNodes: number;
  hidden: number;
  repeats: number;
  images: ImageRef[];
  /** The image fills the file uses (imageRef → layer), to ask for fresh links without reading the file. */
  imageRefs: [string, { name: string; width: number; height: number }][];
  /** When the image links were given. */
  imagesAt: number;
  /** The frame of each passage, by segment id. */
  places: Record<string, string>;
  truncated: boolean;
  readAt: number;
}

/** A cached read as it comes back from storage: checked like any other input. */
export const CachedReadSchema = z.object({
  version: z.string().max(100),
  name: z.string().max(1_000),
  deliverable: DeliverableSchema,
  frames: z.number().int().nonnegative(),
  textNodes: z.number().int().nonnegative(),
  // Cached before these were kept: read as none, and as links too old to use.
  hidden: z.number().int().nonnegative().default(0),
  repeats: z.number().int().nonnegative().default(0),
  images: z.array(ImageRefSchema),
  imageRefs: z.array(z.tuple([z.string().max(200), z.object({ name: z.string(), width: z.number(), height: z.number() })])).max(10_000).default([]),
  imagesAt: z.number().default(0),
  places: z.record(z.string(), z.string()),
  truncated: z.boolean(),
  readAt: z.number(),
});

export interface FigmaCache {
  get(key: string): Promise<CachedRead | undefined>;
  set(key: string, value: CachedRead): Promise<void>;
}

export interface FigmaRead extends CachedRead {
  /** True when the file had not changed and nothing but its version was asked. */
  cached: boolean;
  /** Requests made to Figma for this check, and how many were Tier 1 file reads. */
  requests: number;
  fileReads: number;
}

export class FigmaError extends Error {}

function minutes(seconds: number): string {
  if (seconds < 90) return plural('inpage.figma.api.seconds', seconds);
  if (seconds < 2 * 3600) return plural('inpage.figma.api.minutes', Math.round(seconds / 60));
  if (seconds < 2 * 86400) return plural('inpage.figma.api.hours', Math.round(seconds / 3600));
  return plural('inpage.figma.api.days', Math.round(seconds / 86400));
}

/** What a request to Figma asked for: each has its own messages (a noun is never spliced into a sentence). */
type Asked = 'meta' | 'images' | 'frame' | 'file';

/** Figma's answers in plain words. */
export function figmaProblem(status: number, headers: Headers): string {
  if (status === 401 || status === 403) return t('inpage.figma.api.token');
  if (status === 404) return t('inpage.figma.api.notFound');
  if (status === 429) {
    const after = Number(headers.get('retry-after'));
    const wait = Number.isFinite(after) && after > 0 ? [t('inpage.figma.api.wait', { time: minutes(Math.round(after)) })] : [];
    const seat = headers.get('x-figma-rate-limit-type') === 'low' ? [t('inpage.figma.api.seat')] : [];
    return [t('inpage.figma.api.limit'), ...wait, ...seat, t('inpage.figma.api.noRetry')].join(' ');
  }
  if (status >= 500) return t('inpage.figma.api.trouble', { status: String(status) });
  return t('inpage.figma.api.status', { status: String(status) });
}

async function getJson<T>(fetchImpl: Fetch, url: string, token: string, schema: z.ZodType<T>, what: Asked): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { 'X-Figma-Token': token }, credentials: 'omit' });
  } catch {
    throw new FigmaError(t('inpage.figma.api.unreachable'));
  }
  if (!response.ok) throw new FigmaError(figmaProblem(response.status, response.headers));
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new FigmaError(t(`inpage.figma.api.notJson.${what}`));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new FigmaError(t(`inpage.figma.api.shape.${what}`, { detail: z.prettifyError(parsed.error).split('\n')[0] ?? '' }));
  return parsed.data;
}

export async function readFigma(location: FigmaLocation, token: string, recordUrl: string, fetchImpl: Fetch, cache: FigmaCache, now: () => number = Date.now): Promise<FigmaRead> {
  if (!token) throw new FigmaError(t('inpage.figma.api.noToken'));
  const key = encodeURIComponent(location.key);
  const cacheKey = `${location.key}|${location.nodeId ?? ''}`;
  const meta = await getJson(fetchImpl, `${FIGMA_API}/v1/files/${key}/meta`, token, FigmaMetaSchema, 'meta');
  const known = await cache.get(cacheKey);
  if (known && meta.file.version && known.version === meta.file.version) {
    if (known.imageRefs.length === 0 || now() - known.imagesAt < IMAGE_URLS_FRESH_MS) return { ...known, cached: true, requests: 1, fileReads: 0 };
    // The text is unchanged, but the image links may have expired: ask for fresh ones only.
    const answer = await getJson(fetchImpl, `${FIGMA_API}/v1/files/${key}/images`, token, FigmaImagesSchema, 'images');
    const images = figmaImages(new Map(known.imageRefs), answer.meta.images);
    const refreshed: CachedRead = { ...known, images, imagesAt: now(), deliverable: { ...known.deliverable, images } };
    await cache.set(cacheKey, refreshed);
    return { ...refreshed, cached: true, requests: 2, fileReads: 0 };
  }

  let name: string;
  let version: string;
  let extraction: FigmaExtraction;
  const source = (title: string) => ({ kind: 'figma' as const, url: recordUrl, title: title.slice(0, 500) });
  if (location.nodeId) {
    const answer = await getJson(fetchImpl, `${FIGMA_API}/v1/files/${key}/nodes?ids=${encodeURIComponent(location.nodeId)}`, token, FigmaNodesSchema, 'frame');
    const node = answer.nodes[location.nodeId];
    if (!node) throw new FigmaError(t('inpage.figma.api.noFrame'));
    name = answer.name;
    version = answer.version;
    extraction = extractFigma([node.document], source(`${answer.name} — ${node.document.name}`));
  } else {
    const answer = await getJson(fetchImpl, `${FIGMA_API}/v1/files/${key}`, token, FigmaFileSchema, 'file');
    name = answer.name;
    version = answer.version;
    extraction = extractFigma(answer.document.children ?? [], source(answer.name));
  }
  let images: ImageRef[] = [];
  let requests = 2;
  if (extraction.imageRefs.size > 0) {
    const answer = await getJson(fetchImpl, `${FIGMA_API}/v1/files/${key}/images`, token, FigmaImagesSchema, 'images');
    images = figmaImages(extraction.imageRefs, answer.meta.images);
    requests++;
  }
  const read: CachedRead = {
    version,
    name,
    deliverable: { ...extraction.deliverable, images },
    frames: extraction.frames,
    textNodes: extraction.textNodes,
    hidden: extraction.hidden,
    repeats: extraction.repeats,
    images,
    imageRefs: [...extraction.imageRefs],
    imagesAt: now(),
    places: Object.fromEntries(extraction.passages.map((p) => [p.segment.id, p.frame])),
    truncated: extraction.truncated,
    readAt: now(),
  };
  await cache.set(cacheKey, read);
  return { ...read, cached: false, requests, fileReads: 1 };
}
