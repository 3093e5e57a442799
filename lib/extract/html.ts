import type { Deliverable, Omitted, Segment, SegmentKind, Source } from '../schema/deliverable';
import { fnv1a } from '../hash';
import { collapseWhitespace } from '../text/normalize';
import { PassageBudget } from './limits';
import { runSteps, runStepsSliced, type Steps } from './steps';
import { flatChildren, frameDocument, hasText, isFrame, openShadowRoot, tagOf, textLength, type ShadowRootOf } from './tree';
import { extractImages, type ExtractedImage } from './images';

export { extractImages, MIN_IMAGE_SIDE, type ExtractedImage, type ExtractedImages } from './images';

/**
 * Turns an HTML document (a live page or a parsed export) into ordered passages. Pure DOM: no
 * extension API, so the same code runs in the page script and in tests. It returns the element of each
 * passage beside it so the page script can highlight it later without marking up the page.
 *
 * It reads what a reader sees: the flat tree (open shadow roots, slots, same-origin frames), with the
 * page's computed visibility when the caller gives it. Markup that changes nothing on screen
 * (`aria-hidden`, an `<aside>`, a `<form>` around the page) hides nothing from it.
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

/** Not text: scripts, styles, graphics, form controls, closed-off dialogs, our own overlay. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
  'HEAD', 'TITLE', 'DIALOG', 'ASSAY-OVERLAY',
]);

/**
 * Page furniture: left out when it is mostly links (menus, link footers, related-article lists) or a
 * few words (a "Menu" label, a copyright line), read like any text when it holds prose — wrapping a
 * passage in one must not hide it from the scan.
 */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'MENU']);
const FURNITURE_ROLES = new Set(['navigation', 'contentinfo', 'complementary']);
/** Furniture whose words are at least this share link text is navigation, not the deliverable. */
export const FURNITURE_LINK_SHARE = 0.5;

/** Tags that start a new block; anything else (text, spans, links, `<br>`) flows inside a block. */
const BLOCK_TAGS = new Set([
  ...Object.keys(KIND_BY_TAG), 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE',
  'HR', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CENTER', 'ADDRESS', 'FIELDSET', 'DETAILS', 'HGROUP', 'FORM', 'MENU', 'BODY', 'IFRAME', 'FRAME',
]);

/**
 * A table cell holding at least this many words is prose (an email laid out in tables, a Docs table of
 * notes): its text is judged like any paragraph. Shorter cells are data, kept together as one
 * unjudged table passage.
 */
export const PROSE_CELL_WORDS = 12;

/** Nodes visited between two chances for the page to run (see steps.ts). */
const NODES_PER_STEP = 64;

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
  /**
   * False for an element the reader cannot see, nor anything inside it (display: none, opacity 0,
   * clipped away). A live page passes computed visibility (visibility.ts); without it, the `hidden`
   * attribute is the only sign read.
   */
  isVisible?: (element: Element) => boolean;
  /** False for an element whose own text is not shown though its children's may be (visibility: hidden). */
  showsText?: (element: Element) => boolean;
  /** Returns true for elements that are not the author's own text (a quoted reply, a signature). */
  skip?: (element: Element) => boolean;
  /** The shadow root an element renders; open ones by default. */
  shadowRootOf?: ShadowRootOf;
  /** Whether a frame of another site is big enough to count as content not read (a live page measures it). */
  frameShown?: (frame: Element) => boolean;
  /** The deliverable's limits (tests pass small ones). */
  budget?: PassageBudget;
}

export interface ExtractedPassages {
  passages: ExtractedPassage[];
  /** What was read but not passed on to be judged; absent when nothing was left out. */
  omitted?: Omitted;
  /** Shadow roots and frame documents the walk read, where images are looked for too. */
  roots: (ShadowRoot | Document)[];
}

/** The element holding the deliverable's main text, in steps (see findContentRoot). */
function* contentRootSteps(doc: Document): Steps<Element> {
  const candidates = Array.from(doc.querySelectorAll('article, main, [role="main"]'));
  let best: Element | undefined;
  let bestLength = 0;
  for (const candidate of candidates) {
    // Nested landmarks: an inner one is never longer than the outer, so measure outermost ones only.
    if (best?.contains(candidate)) continue;
    const length = yield* textLength(candidate);
    if (length > bestLength) {
      best = candidate;
      bestLength = length;
    }
  }
  const bodyLength = doc.body ? yield* textLength(doc.body) : 0;
  // A landmark holding a small part of the text (a cookie banner marked <main>) is not the content.
  if (best && bestLength >= bodyLength * 0.3) return best;
  return doc.body ?? doc.documentElement;
}

/** The element holding the deliverable's main text: an article or main landmark when the page has one. */
export const findContentRoot = (doc: Document): Element => runSteps(contentRootSteps(doc));

const WORD = /[\p{L}\p{N}]+/gu;
const NON_SPACE = /\S/;
const countWords = (text: string) => text.match(WORD)?.length ?? 0;

/** The passages of `root` as a generator of steps (see steps.ts): run it with runSteps or runStepsSliced. */
export function* passageSteps(root: Element, options: ExtractOptions = {}): Steps<ExtractedPassages> {
  const passages: ExtractedPassage[] = [];
  const seen = new Map<string, number>();
  const roots = new Set<ShadowRoot | Document>();
  const budget = options.budget ?? new PassageBudget();
  const shadowOf: ShadowRootOf = (element) => {
    const shadow = (options.shadowRootOf ?? openShadowRoot)(element);
    if (shadow) roots.add(shadow);
    return shadow;
  };
  const children = (element: Element) => flatChildren(element, shadowOf);
  const isBlock = (element: Element) => BLOCK_TAGS.has(tagOf(element)) || element.getAttribute('role') === 'heading';
  const showsText = (element: Element) => options.showsText?.(element) ?? true;

  /** Furniture that is mostly links or a few words (see FURNITURE_TAGS). */
  const navigation = (element: Element): boolean => {
    if (!FURNITURE_TAGS.has(tagOf(element)) && !FURNITURE_ROLES.has(element.getAttribute('role') ?? '')) return false;
    const words = countWords(element.textContent ?? '');
    const linkWords = Array.from(element.querySelectorAll('a')).reduce((sum, a) => sum + countWords(a.textContent ?? ''), 0);
    return words - linkWords < PROSE_CELL_WORDS || linkWords / words >= FURNITURE_LINK_SHARE;
  };

  const leftOutCache = new Map<Element, boolean>();
  /** An element left out with everything inside it. */
  const leftOut = (element: Element): boolean => {
    let out = leftOutCache.get(element);
    if (out === undefined) {
      out =
        SKIP_TAGS.has(tagOf(element)) ||
        (options.skip?.(element) ?? false) ||
        (options.isVisible ? !options.isVisible(element) : element.hasAttribute('hidden')) ||
        navigation(element);
      leftOutCache.set(element, out);
    }
    return out;
  };

  /** Whether an element holds a block with text, directly or through inline wrappers (mail clients wrap whole messages in `<font>` or `<span>`). */
  const hasBlockChild = (element: Element, depth = 0): boolean => {
    if (depth > 32) return false;
    for (const child of children(element)) {
      if (child.nodeType !== 1 || !hasText(child as Element, shadowOf)) continue;
      if (isBlock(child as Element) || hasBlockChild(child as Element, depth + 1)) return true;
    }
    return false;
  };

  const kindOf = (element: Element): SegmentKind | undefined => {
    const kind = KIND_BY_TAG[tagOf(element)];
    if (kind) return kind;
    if (element.getAttribute('role') === 'heading') return 'heading';
    if (tagOf(element) === 'DIV' && !hasBlockChild(element)) return 'paragraph';
    return undefined;
  };

  /** An inline node's text: `<br>` is a line break (never glue between two words), hidden parts left out. */
  const inlineText = (node: Node, parent: Element): string => {
    if (node.nodeType === 3) return showsText(parent) ? (node.nodeValue ?? '') : '';
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    if (tagOf(element) === 'BR') return '\n';
    if (leftOut(element) || isFrame(element)) return '';
    let out = '';
    if (shadowOf(element) || tagOf(element) === 'SLOT') for (const child of children(element)) out += inlineText(child, element);
    else for (let child = element.firstChild; child; child = child.nextSibling) out += inlineText(child, element);
    // Inline blocks (a block tag nested in an inline run) still separate words.
    return isBlock(element) ? `\n${out}\n` : out;
  };

  const push = (kind: SegmentKind, raw: string, element: Element, range?: Range) => {
    // Past the limits a passage is only counted, by its raw length: "about" so many characters.
    if (budget.full) return NON_SPACE.test(raw) ? budget.count(raw.length) : undefined;
    const text = kind === 'code' || kind === 'table' ? raw : collapseWhitespace(raw);
    if (text.trim().length === 0) return;
    // A long passage is judged in parts, each anchored where the whole passage is.
    for (const part of budget.take(text, kind)) {
      const key = `${kind}:${part}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      passages.push({ segment: { id: `s${fnv1a(key)}${occurrence ? `-${occurrence}` : ''}`, kind, text: part }, element, ...(range ? { range } : {}) });
    }
  };

  /**
   * Emits the inline content of `element` as passages: runs of nodes between its blocks, split where
   * two line breaks (a blank line) end a paragraph. `visitBlocks` says blocks inside are passages of
   * their own, visited in reading order.
   */
  function* emitRuns(element: Element, kind: SegmentKind, visitBlocks: boolean): Steps<void> {
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
    /** The element's child nodes with the element they render in, looking through inline wrappers that hold blocks. */
    function* flow(parent: Element): Generator<[Node, Element], void, undefined> {
      for (const node of children(parent)) {
        if (visitBlocks && node.nodeType === 1 && !isBlock(node as Element) && !leftOut(node as Element) && hasBlockChild(node as Element)) yield* flow(node as Element);
        else yield [node, parent];
      }
    }
    let count = 0;
    for (const [node, parent] of flow(element)) {
      if (++count % NODES_PER_STEP === 0) yield;
      if (node.nodeType === 1 && visitBlocks && isBlock(node as Element)) {
        flush();
        blocks.push({ index: runs.length, element: node as Element });
        continue;
      }
      if (node.nodeType === 1 && tagOf(node as Element) === 'BR') {
        // A second break with nothing but white space since the first: a blank line ends the paragraph.
        if (pendingBreak) flush();
        else {
          pendingBreak = true;
          run.nodes.push(node);
          run.text += '\n';
        }
        continue;
      }
      const text = inlineText(node, parent);
      if (text.trim()) pendingBreak = false;
      run.nodes.push(node);
      run.text += text;
    }
    flush();
    const single = runs.length === 1 && blocks.length === 0;
    const emitRun = (r: Run) => {
      const first = r.nodes[0]!;
      const last = r.nodes[r.nodes.length - 1]!;
      // A range cannot span two trees (a slot's light nodes beside shadow nodes): the element anchors it then.
      if (single || first.getRootNode() !== last.getRootNode()) return push(kind, r.text, element);
      const range = (first.ownerDocument ?? element.ownerDocument).createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      push(kind, r.text, element, range);
    };
    // Runs and blocks in document order.
    let next = 0;
    for (const block of blocks) {
      while (next < block.index) emitRun(runs[next++]!);
      yield* visit(block.element);
    }
    while (next < runs.length) {
      emitRun(runs[next++]!);
      yield;
    }
  }

  function* table(element: Element): Steps<void> {
    const at = passages.length;
    const rows: string[] = [];
    const cellsOf = (row: Element) => Array.from(row.children).filter((c) => /^(TD|TH)$/i.test(c.tagName));
    const ownRows = Array.from(element.querySelectorAll('tr')).filter((row) => row.closest('table') === element);
    for (const row of ownRows) {
      yield;
      if (leftOut(row)) continue;
      const data: string[] = [];
      for (const cell of cellsOf(row)) {
        if (leftOut(cell)) continue;
        const text = collapseWhitespace(inlineText(cell, row));
        if (countWords(text) >= PROSE_CELL_WORDS || cell.querySelector('table')) yield* emitRuns(cell, 'paragraph', true);
        else if (text) data.push(text);
      }
      if (data.length) rows.push(data.join(' | '));
    }
    if (rows.length === 0) return;
    // The data rows stay where the table starts, before the prose of its cells.
    const before = passages.length;
    push('table', rows.join('\n'), element);
    if (passages.length > before) passages.splice(at, 0, ...passages.splice(before));
  }

  function* frame(element: Element): Steps<void> {
    const doc = frameDocument(element);
    if (!doc) {
      // Another site's frame: its text cannot be read, and the verdict says so when it is big enough to be content.
      if (options.frameShown?.(element)) budget.frameNotRead();
      return;
    }
    roots.add(doc);
    const body = doc.body ?? doc.documentElement;
    if (body) yield* visit(body);
  }

  function* visit(element: Element): Steps<void> {
    if (leftOut(element)) return;
    yield;
    if (isFrame(element)) return yield* frame(element);
    const kind = kindOf(element);
    if (kind === 'table') return yield* table(element);
    if (kind === 'code') return push('code', element.textContent ?? '', element);
    // Most passages are one element holding one run of text: read it without the general machinery.
    const only = element.firstChild;
    if (kind && only && only === element.lastChild && only.nodeType === 3 && !shadowOf(element)) return push(kind, showsText(element) ? (only.nodeValue ?? '') : '', element);
    // A list item or quote that wraps paragraphs is read through its paragraphs; text beside them too.
    if (kind && !hasBlockChild(element)) return yield* emitRuns(element, kind, false);
    yield* emitRuns(element, kind ?? 'paragraph', true);
  }

  yield* visit(root);
  const omitted = budget.omitted();
  return { passages, ...(omitted ? { omitted } : {}), roots: Array.from(roots) };
}

/** The passages of `root`, read straight through (a parsed export, the CLI, tests). */
export function extractPassages(root: Element, options: ExtractOptions = {}): ExtractedPassages {
  return runSteps(passageSteps(root, options));
}

export interface ExtractedDeliverable {
  deliverable: Deliverable;
  passages: ExtractedPassage[];
  images: ExtractedImage[];
}

/** What was left out of the text, with the images past the limit added. */
export function withImagesOmitted(omitted: Omitted | undefined, images: number): Omitted | undefined {
  if (images === 0) return omitted;
  return { passages: 0, chars: 0, ...omitted, images };
}

function* deliverableSteps(doc: Document, source: Source, options: ExtractOptions): Steps<ExtractedDeliverable> {
  const root = yield* contentRootSteps(doc);
  const { passages, omitted: omittedText, roots } = yield* passageSteps(root, options);
  const { images, more } = extractImages([doc.body ?? root, ...roots], options);
  const omitted = withImagesOmitted(omittedText, more);
  const lang = doc.documentElement.getAttribute('lang')?.slice(0, 35) || undefined;
  return {
    deliverable: { source, lang, segments: passages.map((p) => p.segment), images: images.map((i) => i.image), ...(omitted ? { omitted } : {}) },
    passages,
    images,
  };
}

export function extractDeliverable(doc: Document, source: Source, options: ExtractOptions = {}): ExtractedDeliverable {
  return runSteps(deliverableSteps(doc, source, options));
}

/** The same extraction in slices, with turns for the page between them: a live page stays responsive. */
export function extractDeliverableSliced(doc: Document, source: Source, options: ExtractOptions = {}): Promise<ExtractedDeliverable> {
  return runStepsSliced(deliverableSteps(doc, source, options));
}
