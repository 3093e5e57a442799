/**
 * The page as a reader sees it: the flat tree, where a shadow host shows its shadow root, a slot shows
 * the nodes assigned to it, and a same-origin frame shows its document. Pure DOM, no extension API.
 */

/** Returns the shadow root an element renders (open ones by default; the page script also reads closed ones). */
export type ShadowRootOf = (element: Element) => ShadowRoot | null;

export const openShadowRoot: ShadowRootOf = (element) => element.shadowRoot;

const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);

export const tagOf = (element: Element): string => element.tagName.toUpperCase();

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

/** An element's children in the flat tree (a frame's are handled by its caller: they are another document). */
export function flatChildren(parent: Element, shadowRootOf: ShadowRootOf): Node[] {
  const shadow = shadowRootOf(parent);
  if (shadow) return Array.from(shadow.childNodes);
  if (tagOf(parent) === 'SLOT') {
    const assigned = typeof (parent as HTMLSlotElement).assignedNodes === 'function' ? (parent as HTMLSlotElement).assignedNodes() : [];
    // A slot with nothing assigned shows its own fallback content.
    return assigned.length ? assigned : Array.from(parent.childNodes);
  }
  return Array.from(parent.childNodes);
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

/** The length of an element's light-tree text, summed without building it (a 50-million-character page is one string otherwise). */
export function textLength(element: Element): number {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4);
  let length = 0;
  for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) length += node.nodeValue?.length ?? 0;
  return length;
}
