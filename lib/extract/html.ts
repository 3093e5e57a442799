import type { Deliverable, ImageRef, Segment, SegmentKind, Source } from '../schema/deliverable';
import { MAX_IMAGES, MAX_SEGMENT_CHARS, MAX_SEGMENTS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../schema/deliverable';
import { fnv1a } from '../hash';
import { collapseWhitespace } from '../text/normalize';

/**
 * Turns an HTML document (a live page or a parsed export) into ordered passages. Pure DOM: no
 * extension API, so the same code runs in the page script and in tests. It returns the element of each
 * passage beside it so the page script can highlight it later without marking up the page.
 */

const KIND_BY_TAG: Record<string, SegmentKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  P: 'paragraph', DD: 'paragraph', DT: 'paragraph', SUMMARY: 'paragraph',
  LI: 'list-item',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption', CAPTION: 'caption',
  PRE: 'code',
  TABLE: 'table',
};

/** Page furniture that is not the deliverable's own text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'NAV', 'FOOTER',
  'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'MENU', 'DIALOG', 'ASSAY-OVERLAY',
]);

/** Tags that start a new block; a DIV holding text but none of these is treated as a paragraph. */
const BLOCK_TAGS = new Set([...Object.keys(KIND_BY_TAG), 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE', 'HR', 'BR', 'TR', 'TD', 'TH']);

export interface ExtractedPassage {
  segment: Segment;
  element: Element;
}

export interface ExtractOptions {
  /** Returns false for elements the user cannot see (the page script passes `checkVisibility`). */
  isVisible?: (element: Element) => boolean;
  /** Returns true for elements that are not the author's own text (a quoted reply, a signature). */
  skip?: (element: Element) => boolean;
}

export { collapseWhitespace };

/** The element holding the deliverable's main text: an article or main landmark when the page has one. */
export function findContentRoot(doc: Document): Element {
  const candidates = Array.from(doc.querySelectorAll('article, main, [role="main"]'));
  let best: Element | undefined;
  let bestLength = 0;
  for (const candidate of candidates) {
    const length = candidate.textContent?.length ?? 0;
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  const bodyLength = doc.body?.textContent?.length ?? 0;
  // A landmark holding a small part of the text (a cookie banner marked <main>) is not the content.
  if (best && bestLength >= bodyLength * 0.3) return best;
  return doc.body ?? doc.documentElement;
}

function hasBlockChild(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    if (BLOCK_TAGS.has(child.tagName) && (child.textContent?.trim().length ?? 0) > 0) return true;
  }
  return false;
}

function kindOf(element: Element): SegmentKind | undefined {
  const kind = KIND_BY_TAG[element.tagName];
  if (kind) return kind;
  if (element.getAttribute('role') === 'heading') return 'heading';
  if (element.tagName === 'DIV' && !hasBlockChild(element)) return 'paragraph';
  return undefined;
}

function tableText(table: Element): string {
  return Array.from(table.querySelectorAll('tr'))
    .map((row) => Array.from(row.children, (cell) => collapseWhitespace(cell.textContent ?? '')).join(' | '))
    .join('\n');
}

export function extractPassages(root: Element, options: ExtractOptions = {}): ExtractedPassage[] {
  const passages: ExtractedPassage[] = [];
  const seen = new Map<string, number>();
  const visit = (element: Element): void => {
    if (passages.length >= MAX_SEGMENTS) return;
    if (SKIP_TAGS.has(element.tagName.toUpperCase())) return;
    if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
    if (options.isVisible && !options.isVisible(element)) return;
    if (options.skip?.(element)) return;
    const kind = kindOf(element);
    // A list item or quote that wraps paragraphs is read through its paragraphs.
    if (kind && (kind === 'table' || kind === 'code' || !hasBlockChild(element))) {
      const raw = kind === 'table' ? tableText(element) : kind === 'code' ? (element.textContent ?? '') : collapseWhitespace(element.textContent ?? '');
      const text = raw.slice(0, MAX_SEGMENT_CHARS);
      if (text.trim().length === 0) return;
      const key = `${kind}:${text}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      passages.push({ segment: { id: `s${fnv1a(key)}${occurrence ? `-${occurrence}` : ''}`, kind, text }, element });
      return;
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(root);
  return passages;
}

/** Images smaller than this on both sides are icons and decoration, not deliverable content. */
export const MIN_IMAGE_SIDE = 48;

export interface ExtractedImage {
  image: ImageRef;
  element: HTMLImageElement;
}

/** The page's content images: visible, big enough to matter, with an http(s) or data: source. */
export function extractImages(root: Element, options: ExtractOptions = {}): ExtractedImage[] {
  const out: ExtractedImage[] = [];
  const seen = new Set<string>();
  for (const element of Array.from(root.querySelectorAll('img'))) {
    if (out.length >= MAX_IMAGES) break;
    const url = element.currentSrc || element.src;
    if (!url || url.length > MAX_URL_CHARS || !/^(https?:|data:image\/)/i.test(url) || seen.has(url)) continue;
    // The larger of the file's size and its size on the page: a small file shown large is still content.
    const width = Math.max(element.naturalWidth || 0, element.width || 0);
    const height = Math.max(element.naturalHeight || 0, element.height || 0);
    if (width < MIN_IMAGE_SIDE && height < MIN_IMAGE_SIDE) continue;
    if (options.isVisible && !options.isVisible(element)) continue;
    seen.add(url);
    out.push({ image: { id: `i${fnv1a(url)}`, url, alt: (element.alt ?? '').slice(0, MAX_TITLE_CHARS), width, height }, element });
  }
  return out;
}

export function extractDeliverable(
  doc: Document,
  source: Source,
  options: ExtractOptions = {},
): { deliverable: Deliverable; passages: ExtractedPassage[]; images: ExtractedImage[] } {
  const root = findContentRoot(doc);
  const passages = extractPassages(root, options);
  const images = extractImages(doc.body ?? root, options);
  const lang = doc.documentElement.getAttribute('lang')?.slice(0, 35) || undefined;
  return { deliverable: { source, lang, segments: passages.map((p) => p.segment), images: images.map((i) => i.image) }, passages, images };
}
