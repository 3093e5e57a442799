import { z } from 'zod';
import { fnv1a } from '../hash';
import { MAX_IMAGES, MAX_SEGMENT_CHARS, MAX_SEGMENTS, MAX_TITLE_CHARS, type Deliverable, type ImageRef, type Segment, type Source } from '../schema/deliverable';

/**
 * A Figma file from the Figma REST API, as a deliverable. Figma renders into WebGL, so its text is
 * read from `GET /v1/files/:key` (or `/nodes?ids=` for one frame): every TEXT node's `characters`
 * becomes a passage, grouped by the top-level frame it sits in (the frame is the unit a designer
 * delivers); image fills are listed by `imageRef`, their URLs from `GET /v1/files/:key/images`.
 * Shapes follow Figma's REST API reference (files, nodes, images endpoints); every answer is checked
 * with zod before use, and its size is bounded.
 */

/** Nodes read per file: a design system file can hold hundreds of thousands; text layers are what matter. */
export const MAX_NODES = 200_000;
const MAX_DEPTH = 200;

export interface FigmaNode {
  id: string;
  name: string;
  type: string;
  characters?: string;
  style?: { fontSize?: number };
  fills?: unknown;
  absoluteBoundingBox?: { width?: number; height?: number } | null;
  children?: FigmaNode[];
}

const NodeSchema: z.ZodType<FigmaNode> = z.lazy(() =>
  z
    .object({
      id: z.string().max(200),
      name: z.string().max(5_000).catch(''),
      type: z.string().max(60),
      characters: z.string().max(200_000).optional(),
      style: z.object({ fontSize: z.number().optional() }).loose().optional().catch(undefined),
      fills: z.unknown().optional(),
      absoluteBoundingBox: z.object({ width: z.number().optional(), height: z.number().optional() }).loose().nullable().optional().catch(undefined),
      children: z.array(NodeSchema).max(100_000).optional(),
    })
    .loose(),
);

export const FigmaFileSchema = z.object({ name: z.string().max(1_000), version: z.string().max(100), document: NodeSchema }).loose();
export const FigmaNodesSchema = z
  .object({ name: z.string().max(1_000), version: z.string().max(100), nodes: z.record(z.string(), z.object({ document: NodeSchema }).loose().nullable()) })
  .loose();
export const FigmaImagesSchema = z.object({ meta: z.object({ images: z.record(z.string(), z.string().nullable()) }) }).loose();
export const FigmaMetaSchema = z.object({ file: z.object({ name: z.string().optional(), version: z.string().max(100).optional() }).loose() }).loose();

const ImageFillSchema = z.object({ type: z.literal('IMAGE'), imageRef: z.string().min(1).max(200) }).loose();

export interface FigmaPassage {
  segment: Segment;
  /** The top-level frame it sits in. */
  frame: string;
}

export interface FigmaExtraction {
  deliverable: Deliverable;
  passages: FigmaPassage[];
  frames: number;
  textNodes: number;
  /** Image fills by imageRef, with the name of a layer that uses each. */
  imageRefs: Map<string, { name: string; width: number; height: number }>;
  /** Nodes left unread past MAX_NODES. */
  truncated: boolean;
}

/** Frame-like containers a designer delivers: the top-level children of a page (and any frame when scoped). */
const FRAME_TYPES = new Set(['FRAME', 'SECTION', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'GROUP']);
/** Text at least this large is a heading. */
const HEADING_FONT_SIZE = 24;

export function extractFigma(roots: readonly FigmaNode[], source: Source): FigmaExtraction {
  const passages: FigmaPassage[] = [];
  const imageRefs = new Map<string, { name: string; width: number; height: number }>();
  const frames = new Set<string>();
  let visited = 0;
  let textNodes = 0;
  let truncated = false;
  const seen = new Map<string, number>();

  const walk = (node: FigmaNode, frame: string | undefined, depth: number) => {
    if (visited >= MAX_NODES || depth > MAX_DEPTH) return void (truncated = true);
    visited++;
    // The first frame-like container below a page names the group of everything inside it.
    const here = frame ?? (FRAME_TYPES.has(node.type) ? node.name || 'Untitled frame' : undefined);
    if (here) frames.add(here);
    if (node.type === 'TEXT' && typeof node.characters === 'string') {
      textNodes++;
      const text = node.characters.replace(/\u2028|\u2029/g, '\n').trim().slice(0, MAX_SEGMENT_CHARS);
      if (text && passages.length < MAX_SEGMENTS) {
        const kind = (node.style?.fontSize ?? 0) >= HEADING_FONT_SIZE ? 'heading' : 'paragraph';
        const key = `${kind}:${text}`;
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        passages.push({ segment: { id: `f${fnv1a(key)}${n ? `-${n}` : ''}`, kind, text }, frame: here ?? 'Outside any frame' });
      }
    }
    if (Array.isArray(node.fills)) {
      for (const fill of node.fills) {
        const image = ImageFillSchema.safeParse(fill);
        if (image.success && !imageRefs.has(image.data.imageRef))
          imageRefs.set(image.data.imageRef, {
            name: (node.name || 'image').slice(0, MAX_TITLE_CHARS),
            width: Math.max(0, Math.round(node.absoluteBoundingBox?.width ?? 0)),
            height: Math.max(0, Math.round(node.absoluteBoundingBox?.height ?? 0)),
          });
      }
    }
    for (const child of node.children ?? []) walk(child, here, depth + 1);
  };
  for (const root of roots) walk(root, FRAME_TYPES.has(root.type) ? root.name || 'Untitled frame' : undefined, 0);

  return {
    deliverable: { source, segments: passages.map((p) => p.segment) },
    passages,
    frames: frames.size,
    textNodes,
    imageRefs,
    truncated,
  };
}

/** Image fills as the record lists them, with the URLs Figma gave (originals keep their metadata). */
export function figmaImages(imageRefs: FigmaExtraction['imageRefs'], urls: Record<string, string | null>): ImageRef[] {
  const out: ImageRef[] = [];
  for (const [ref, info] of imageRefs) {
    const url = urls[ref];
    if (!url || !/^https:\/\//.test(url) || out.length >= MAX_IMAGES) continue;
    out.push({ id: `i${fnv1a(ref)}`, url, alt: info.name, width: info.width, height: info.height });
  }
  return out;
}
