import type { Deliverable, ImageRef, Segment, SegmentKind, Source } from '../schema/deliverable';
import { MAX_IMAGES, MAX_SEGMENT_CHARS, MAX_SEGMENTS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../schema/limits';
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

/** Tags that start a new block; anything else (text, spans, links, `<br>`) flows inside a block. */
const BLOCK_TAGS = new Set([
  ...Object.keys(KIND_BY_TAG), 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE',
  'HR', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CENTER', 'ADDRESS', 'FIELDSET', 'DETAILS', 'HGROUP', 'FORM', 'MENU',
]);

/**
 * A table cell holding at least this many words is prose (an email laid out in tables, a Docs table of
 * notes): its text is judged like any paragraph. Shorter cells are data, kept together as one
 * unjudged table passage.
 */
export const PROSE_CELL_WORDS = 12;

/** Where a passage sits, to highlight it later: its element, or the run of nodes inside a larger one. */
export type Anchor = Element | Range;

export interface ExtractedPassage {
  segment: Segment;
  /** The element holding the passage (for a run of loose text, the container it sits in). */
  element: Element;
  /** The exact nodes of a passage that is not a whole element: loose text beside blocks, text split by blank lines. */
  range?: Range;
}

/** What to highlight for a passage. */
export const anchorOf = (passage: ExtractedPassage): Anchor => passage.range ?? passage.element;

export interface ExtractOptions {
  /** Returns false for elements the user cannot see (the page script passes `checkVisibility`). */
  isVisible?: (element: Element) => boolean;
  /** Returns true for elements that are not the author's own text (a quoted reply, a signature). */
  skip?: (element: Element) => boolean;
}

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

const isBlock = (element: Element) => BLOCK_TAGS.has(element.tagName.toUpperCase()) || element.getAttribute('role') === 'heading';

/**
 * Whether an element holds a block with text, directly or through inline wrappers (mail clients wrap
 * whole messages in `<font>` or `<span>`).
 */
function hasBlockChild(element: Element, depth = 0): boolean {
  if (depth > 32) return false;
  for (const child of Array.from(element.children)) {
    if ((child.textContent?.trim().length ?? 0) === 0) continue;
    if (isBlock(child) || hasBlockChild(child, depth + 1)) return true;
  }
  return false;
}

function kindOf(element: Element): SegmentKind | undefined {
  const kind = KIND_BY_TAG[element.tagName.toUpperCase()];
  if (kind) return kind;
  if (element.getAttribute('role') === 'heading') return 'heading';
  if (element.tagName.toUpperCase() === 'DIV' && !hasBlockChild(element)) return 'paragraph';
  return undefined;
}

const WORD = /[\p{L}\p{N}]+/gu;
const countWords = (text: string) => text.match(WORD)?.length ?? 0;

export function extractPassages(root: Element, options: ExtractOptions = {}): ExtractedPassage[] {
  const passages: ExtractedPassage[] = [];
  const seen = new Map<string, number>();
  const doc = root.ownerDocument;

  const hidden = (element: Element) =>
    SKIP_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || (options.skip?.(element) ?? false);

  /** An inline node's text: `<br>` is a line break (never glue between two words), hidden parts left out. */
  const inlineText = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    if (element.tagName.toUpperCase() === 'BR') return '\n';
    if (hidden(element)) return '';
    let out = '';
    for (const child of Array.from(element.childNodes)) out += inlineText(child);
    // Inline blocks (a block tag nested in an inline run) still separate words.
    return isBlock(element) ? `\n${out}\n` : out;
  };

  const push = (kind: SegmentKind, raw: string, element: Element, range?: Range) => {
    if (passages.length >= MAX_SEGMENTS) return;
    const text = (kind === 'code' || kind === 'table' ? raw : collapseWhitespace(raw)).slice(0, MAX_SEGMENT_CHARS);
    if (text.trim().length === 0) return;
    const key = `${kind}:${text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    passages.push({ segment: { id: `s${fnv1a(key)}${occurrence ? `-${occurrence}` : ''}`, kind, text }, element, ...(range ? { range } : {}) });
  };

  /**
   * Emits the inline content of `element` as passages: runs of nodes between its blocks, split where
   * two line breaks (a blank line) end a paragraph. `whole` says the element is one block of its own
   * kind, so a single run is anchored by the element itself.
   */
  const emitRuns = (element: Element, kind: SegmentKind, visitBlocks: boolean) => {
    type Run = { nodes: Node[]; text: string };
    const runs: Run[] = [];
    let run: Run = { nodes: [], text: '' };
    let pendingBreak = false;
    const flush = () => {
      if (run.text.trim()) runs.push(run);
      run = { nodes: [], text: '' };
      pendingBreak = false;
    };
    const blocks: { index: number; element: Element }[] = [];
    /** The element's child nodes, looking through inline wrappers that hold blocks. */
    const flow = (parent: Element): Node[] =>
      Array.from(parent.childNodes).flatMap((node) =>
        visitBlocks && node.nodeType === 1 && !isBlock(node as Element) && !hidden(node as Element) && hasBlockChild(node as Element) ? flow(node as Element) : [node],
      );
    for (const node of flow(element)) {
      if (node.nodeType === 1 && visitBlocks && isBlock(node as Element)) {
        flush();
        blocks.push({ index: runs.length, element: node as Element });
        continue;
      }
      if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') {
        // A second break with nothing but white space since the first: a blank line ends the paragraph.
        if (pendingBreak) flush();
        else {
          pendingBreak = true;
          run.nodes.push(node);
          run.text += '\n';
        }
        continue;
      }
      const text = inlineText(node);
      if (text.trim()) pendingBreak = false;
      run.nodes.push(node);
      run.text += text;
    }
    flush();
    const single = runs.length === 1 && blocks.length === 0;
    const emitRun = (r: Run) => {
      if (single) return push(kind, r.text, element);
      const range = doc.createRange();
      range.setStartBefore(r.nodes[0]!);
      range.setEndAfter(r.nodes[r.nodes.length - 1]!);
      push(kind, r.text, element, range);
    };
    // Runs and blocks in document order.
    let next = 0;
    for (const block of blocks) {
      while (next < block.index) emitRun(runs[next++]!);
      visit(block.element);
    }
    while (next < runs.length) emitRun(runs[next++]!);
  };

  const table = (element: Element) => {
    const at = passages.length;
    const rows: string[] = [];
    const cellsOf = (row: Element) => Array.from(row.children).filter((c) => /^(TD|TH)$/i.test(c.tagName));
    const ownRows = Array.from(element.querySelectorAll('tr')).filter((row) => row.closest('table') === element);
    for (const row of ownRows) {
      if (hidden(row)) continue;
      const data: string[] = [];
      for (const cell of cellsOf(row)) {
        if (hidden(cell) || (options.isVisible && !options.isVisible(cell))) continue;
        const text = collapseWhitespace(inlineText(cell));
        if (countWords(text) >= PROSE_CELL_WORDS || cell.querySelector('table')) emitRuns(cell, 'paragraph', true);
        else if (text) data.push(text);
      }
      if (data.length) rows.push(data.join(' | '));
    }
    if (rows.length === 0) return;
    // The data rows stay where the table starts, before the prose of its cells.
    const before = passages.length;
    push('table', rows.join('\n'), element);
    if (passages.length > before) passages.splice(at, 0, passages.pop()!);
  };

  const visit = (element: Element): void => {
    if (passages.length >= MAX_SEGMENTS) return;
    if (hidden(element)) return;
    if (options.isVisible && !options.isVisible(element)) return;
    const kind = kindOf(element);
    if (kind === 'table') return table(element);
    if (kind === 'code') return push('code', element.textContent ?? '', element);
    // A list item or quote that wraps paragraphs is read through its paragraphs; text beside them too.
    if (kind && !hasBlockChild(element)) return emitRuns(element, kind, false);
    emitRuns(element, kind ?? 'paragraph', true);
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
