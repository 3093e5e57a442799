import type { ExtractOptions } from './html';
import { MIN_IMAGE_SIDE } from './images';

/**
 * Computed visibility on a live page: what a reader sees is judged, whatever the markup says. Text is
 * out when nothing of it is drawn — not displayed, fully transparent, clipped to nothing (the
 * "screen-reader only" pattern), squeezed into a box with no room, or placed off the page — and in
 * otherwise, `aria-hidden` or not.
 */

/** A box this small with its overflow hidden shows nothing (the 1 × 1 px screen-reader-only pattern). */
const NO_ROOM_PX = 1;
/** Clip values that leave nothing of a box. */
const CLIPPED_AWAY = /^(rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)|inset\(\s*(50|100)%\s*\))$/;

type Style = CSSStyleDeclaration;
type StyleOf = (element: Element) => Style | undefined;

const computedStyle: StyleOf = (element) => {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element) : undefined;
};


/** Whether an element, and so everything inside it, draws nothing a reader can see. */
export function drawsNothing(element: Element, styleOf: StyleOf = computedStyle): boolean {
  const style = styleOf(element);
  // A box-less element (a shadow root's <slot>, `display: contents`) draws its children: they are judged one by one.
  if (style?.display === 'contents') return false;
  // display: none, content-visibility: hidden, opacity 0 here or on an ancestor (Chrome 121+).
  if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ opacityProperty: true })) return true;
  if (!style) return false;
  if (CLIPPED_AWAY.test(style.clip) || CLIPPED_AWAY.test(style.clipPath)) return true;
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  const clips = style.overflow !== 'visible' && style.overflow !== '';
  if (!positioned && !clips) return false;
  const rect = element.getBoundingClientRect();
  if (clips && (rect.width <= NO_ROOM_PX || rect.height <= NO_ROOM_PX)) return true;
  if (positioned) {
    // Placed entirely above or left of the page (left: -9999px): no scrolling brings it into view.
    const view = element.ownerDocument.defaultView;
    const left = rect.right + (view?.scrollX ?? 0);
    const top = rect.bottom + (view?.scrollY ?? 0);
    if (left <= 0 || top <= 0) return true;
  }
  return false;
}

/** Whether the text directly inside an element is drawn (visibility: hidden hides it; a child may show its own). */
export function showsOwnText(element: Element, styleOf: StyleOf = computedStyle): boolean {
  const style = styleOf(element);
  if (!style) return true;
  return style.visibility === 'visible' && style.fontSize !== '0px';
}

/** A frame of another site big enough to be content (not a tracking pixel or a hidden helper). */
export function frameShown(frame: Element): boolean {
  if (drawsNothing(frame)) return false;
  const rect = frame.getBoundingClientRect();
  return rect.width >= MIN_IMAGE_SIDE && rect.height >= MIN_IMAGE_SIDE;
}

/**
 * Both answers for one element, cheaply: `checkVisibility` and the offset measures allocate nothing,
 * where a computed style is a new object per call — a hundred thousand of them make the page's
 * garbage collections take seconds. The style is read only for the few elements those measures point
 * at (no box, no room, or a negative offset).
 */
export function inspect(element: Element): { drawsNothing: boolean; showsText: boolean } {
  if (typeof element.checkVisibility !== 'function') return { drawsNothing: drawsNothing(element), showsText: showsOwnText(element) };
  if (!element.checkVisibility({ opacityProperty: true })) {
    // No box: hidden, or `display: contents` (a shadow root's <slot>), whose children draw themselves.
    const style = computedStyle(element);
    return style?.display === 'contents' ? { drawsNothing: false, showsText: style.visibility === 'visible' } : { drawsNothing: true, showsText: false };
  }
  // Computed visibility is inherited and may be overridden below: it decides the element's own text.
  const showsText = element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const box = element as HTMLElement;
  if (typeof box.offsetWidth === 'number' && (box.offsetWidth <= NO_ROOM_PX || box.offsetHeight <= NO_ROOM_PX || box.offsetLeft < 0 || box.offsetTop < 0)) {
    return { drawsNothing: drawsNothing(element), showsText: showsText && showsOwnText(element) };
  }
  return { drawsNothing: false, showsText };
}

/**
 * The extraction options of a live page: computed visibility, and shadow roots the way the browser
 * renders them (`openOrClosed` is Chrome's `chrome.dom.openOrClosedShadowRoot`, which lets an
 * extension read closed ones too). Make one per extraction: it remembers each element's style.
 */
export function liveVisibility(openOrClosed?: (element: HTMLElement) => ShadowRoot | null): Pick<ExtractOptions, 'isVisible' | 'showsText' | 'shadowRootOf' | 'frameShown'> {
  // Each element is inspected once; only its two answers are kept.
  const DRAWS_NOTHING = 1;
  const SHOWS_TEXT = 2;
  const answers = new Map<Element, number>();
  const answer = (element: Element, bit: number) => {
    let bits = answers.get(element);
    if (bits === undefined) {
      const found = inspect(element);
      bits = (found.drawsNothing ? DRAWS_NOTHING : 0) | (found.showsText ? SHOWS_TEXT : 0);
      answers.set(element, bits);
    }
    return (bits & bit) !== 0;
  };
  return {
    isVisible: (element) => !answer(element, DRAWS_NOTHING),
    showsText: (element) => answer(element, SHOWS_TEXT),
    frameShown,
    shadowRootOf: (element) => {
      if (element.shadowRoot) return element.shadowRoot;
      // Closed roots are asked of the browser for custom elements only (a hyphen in the name), where
      // web components keep them: asking for every element of a big page costs seconds.
      if (!openOrClosed || !element.localName.includes('-') || !('style' in element)) return null;
      try {
        return openOrClosed(element as HTMLElement);
      } catch {
        return null;
      }
    },
  };
}
