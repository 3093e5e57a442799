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

function styleOf(element: Element): Style | undefined {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element) : undefined;
}

/** Whether an element, and so everything inside it, draws nothing a reader can see. */
export function drawsNothing(element: Element): boolean {
  // display: none, content-visibility: hidden, opacity 0 here or on an ancestor (Chrome 121+).
  if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ opacityProperty: true })) return true;
  const style = styleOf(element);
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
export function showsOwnText(element: Element): boolean {
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
 * The extraction options of a live page: computed visibility, and shadow roots the way the browser
 * renders them (`openOrClosed` is Chrome's `chrome.dom.openOrClosedShadowRoot`, which lets an
 * extension read closed ones too).
 */
export function liveVisibility(openOrClosed?: (element: HTMLElement) => ShadowRoot | null): Pick<ExtractOptions, 'isVisible' | 'showsText' | 'shadowRootOf' | 'frameShown'> {
  return {
    isVisible: (element) => !drawsNothing(element),
    showsText: showsOwnText,
    frameShown,
    shadowRootOf: (element) => {
      if (element.shadowRoot) return element.shadowRoot;
      if (!openOrClosed || !('style' in element)) return null;
      try {
        return openOrClosed(element as HTMLElement);
      } catch {
        return null;
      }
    },
  };
}
