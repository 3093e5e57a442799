/**
 * The page as a reader sees it: the flat tree, where a shadow host shows its shadow root, a slot shows
 * the nodes assigned to it, and a same-origin frame shows its document. Pure DOM, no extension API.
 */

/** Returns the shadow root an element renders (open ones by default; the page script also reads closed ones). */
export type ShadowRootOf = (element: Element) => ShadowRoot | null;

export const openShadowRoot: ShadowRootOf = (element) => element.shadowRoot;

const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);

const UPPER = new Map<string, string>();
/** An element's tag in capitals (as HTML documents give it; XHTML and SVG may not), without a new string per call. */
export function tagOf(element: Element): string {
  const tag = element.tagName;
  let upper = UPPER.get(tag);
  if (upper === undefined) UPPER.set(tag, (upper = tag.toUpperCase()));
  return upper;
}

export const isFrame = (element: Element): boolean => FRAME_TAGS.has(tagOf(element));

/** A frame's document when the page may read it (same origin), else null. */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    // A cross-origin frame's document is not ours to read.
    return null;
  }
}

/**
 * An element's children in the flat tree (a frame's are handled by its caller: they are another
 * document), one at a time: an article of 100,000 paragraphs is never copied into one array.
 */
export function* flatChildren(parent: Element, shadowRootOf: ShadowRootOf): Generator<Node, void, undefined> {
  const shadow = shadowRootOf(parent);
  if (!shadow && tagOf(parent) === 'SLOT') {
    const assigned = typeof (parent as HTMLSlotElement).assignedNodes === 'function' ? (parent as HTMLSlotElement).assignedNodes() : [];
    // A slot with nothing assigned shows its own fallback content.
    if (assigned.length) return yield* assigned;
  }
  for (let node = (shadow ?? parent).firstChild; node; node = node.nextSibling) yield node;
}

const NON_SPACE = /\S/;

/**
 * Whether an element holds any text, stopping at the first: `textContent` would copy a whole page's
 * text for every wrapper around it. A shadow host or a frame may hold text its light tree does not show.
 */
export function hasText(element: Element, shadowRootOf: ShadowRootOf): boolean {
  if (shadowRootOf(element) || isFrame(element)) return true;
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 0x4 | 0x1 /* text and elements */);
  for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3 && NON_SPACE.test(node.nodeValue ?? '')) return true;
    if (node.nodeType === 1 && (shadowRootOf(node as Element) || isFrame(node as Element))) return true;
  }
  return false;
}

/** Text nodes measured between two chances for the page to run. */
const TEXT_NODES_PER_STEP = 2_000;

/**
 * The length of an element's light-tree text, summed without building it (`textContent` of a
 * 50-million-character page is one string), in steps.
 */
export function* textLength(element: Element): Generator<undefined, number, undefined> {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4);
  let length = 0;
  let count = 0;
  for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as CharacterData).length ?? 0;
    if (++count % TEXT_NODES_PER_STEP === 0) yield;
  }
  return length;
}
