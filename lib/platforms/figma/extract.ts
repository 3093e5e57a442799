import { z } from 'zod';
import { fnv1a } from '../../hash';
import { MAX_IMAGES, MAX_TITLE_CHARS, type Deliverable, type ImageRef, type Segment, type Source } from '../../schema/deliverable';
import { PassageBudget } from '../../extract/limits';
import { t } from '../../i18n';

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
  /** False for a layer hidden in the design (eye icon off): not part of what the designer delivers. */
  visible?: boolean;
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
      visible: z.boolean().optional().catch(undefined),
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
  /** The top-level frame it sits in, with its page ("Landing page › Hero"). */
  frame: string;
}

export interface FigmaExtraction {
  deliverable: Deliverable;
  passages: FigmaPassage[];
  /** Top-level frames, told apart by id (two frames may share a name). */
  frames: number;
  /** Visible text layers read. */
  textNodes: number;
  /** Text layers left out because they, or a layer holding them, are hidden. */
  hidden: number;
  /** Text layers whose words were already read elsewhere (component instances repeat their text): counted once. */
  repeats: number;
  /** Image fills by imageRef, with the name of a layer that uses each. */
  imageRefs: Map<string, { name: string; width: number; height: number }>;
  /** Nodes left unread past MAX_NODES. */
  truncated: boolean;
}

/** Frame-like containers a designer delivers: the top-level children of a page (and any frame when scoped). */
const FRAME_TYPES = new Set(['FRAME', 'SECTION', 'COMPONENT', 'COMPONENT_SET', 'INSTANCE', 'GROUP']);
/** Text at least this large is a heading. */
const HEADING_FONT_SIZE = 24;

/** Text layers in a subtree, for the count of those left out with a hidden layer. */
function textLayers(node: FigmaNode, depth = 0): number {
  if (depth > MAX_DEPTH) return 0;
  return (node.type === 'TEXT' ? 1 : 0) + (node.children ?? []).reduce((n, child) => n + textLayers(child, depth + 1), 0);
}

export function extractFigma(roots: readonly FigmaNode[], source: Source): FigmaExtraction {
  const passages: FigmaPassage[] = [];
  const imageRefs = new Map<string, { name: string; width: number; height: number }>();
  const frames = new Set<string>();
  const seenText = new Set<string>();
  let visited = 0;
  let textNodes = 0;
  let hidden = 0;
  let repeats = 0;
  let truncated = false;
  // A long text layer is judged in parts; text past the deliverable's limits is counted, not dropped.
  const budget = new PassageBudget();

  type Frame = { id: string; label: string };
  const frameOf = (node: FigmaNode, page: string | undefined): Frame => {
    const name = node.name || t('inpage.figma.untitledFrame');
    return { id: node.id, label: page ? `${page} › ${name}` : name };
  };
  const walk = (node: FigmaNode, frame: Frame | undefined, page: string | undefined, depth: number) => {
    if (visited >= MAX_NODES || depth > MAX_DEPTH) return void (truncated = true);
    visited++;
    if (node.visible === false) return void (hidden += textLayers(node));
    const pageHere = node.type === 'CANVAS' ? node.name || t('inpage.figma.untitledPage') : page;
    // The first frame-like container below a page groups everything inside it.
    const here = frame ?? (FRAME_TYPES.has(node.type) ? frameOf(node, pageHere) : undefined);
    if (here) frames.add(here.id);
    if (node.type === 'TEXT' && typeof node.characters === 'string') {
      textNodes++;
      const text = node.characters.replace(/\u2028|\u2029/g, '\n').trim();
      const words = text.replace(/\s+/g, ' ').toLowerCase();
      if (text && seenText.has(words)) repeats++;
      else if (text) {
        seenText.add(words);
        const kind = (node.style?.fontSize ?? 0) >= HEADING_FONT_SIZE ? 'heading' : 'paragraph';
        const place = here?.label ?? (pageHere ? t('inpage.figma.outsideFrameOn', { page: pageHere }) : t('inpage.figma.outsideFrame'));
        for (const part of budget.take(text, kind)) passages.push({ segment: { id: `f${fnv1a(`${kind}:${part}`)}`, kind, text: part }, frame: place });
      }
    }
    if (Array.isArray(node.fills)) {
      for (const fill of node.fills) {
        const image = ImageFillSchema.safeParse(fill);
        if (image.success && !imageRefs.has(image.data.imageRef))
          imageRefs.set(image.data.imageRef, {
            name: (node.name || t('inpage.figma.image')).slice(0, MAX_TITLE_CHARS),
            width: Math.max(0, Math.round(node.absoluteBoundingBox?.width ?? 0)),
            height: Math.max(0, Math.round(node.absoluteBoundingBox?.height ?? 0)),
          });
      }
    }
    for (const child of node.children ?? []) walk(child, here, pageHere, depth + 1);
  };
  for (const root of roots) walk(root, undefined, undefined, 0);

  const omitted = budget.omitted();
  return {
    deliverable: { source, segments: passages.map((p) => p.segment), ...(omitted ? { omitted } : {}) },
    passages,
    frames: frames.size,
    textNodes,
    hidden,
    repeats,
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
