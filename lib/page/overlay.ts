import type { Highlight, ImageBadge } from '../messaging/protocol';
import { IMAGE_VERDICTS, LABELS, leaning, passageLabelText } from '../report/labels';
import { reasonText } from '../report/reasons';
import { decimal, t } from '../i18n';

/**
 * In-page highlights drawn in a closed shadow root on top of the page: the page's own elements and
 * styles are never touched, and the boxes let clicks through. Hovering a box shows its score and
 * reasons; all scanned text is set with textContent, never parsed as HTML.
 */

const HOST_TAG = 'assay-overlay';

const STYLE = `
:host { all: initial; }
.box { position: absolute; pointer-events: none; box-sizing: border-box; border-radius: 3px; }
.tip { position: fixed; z-index: 1; max-width: 320px; padding: 8px 10px; border-radius: 6px; background: #111827; color: #f9fafb;
  font: 12px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); pointer-events: none; }
.tip[hidden] { display: none; }
.tip strong { display: block; margin-bottom: 4px; font-size: 13px; }
.tip ul { margin: 0; padding-left: 16px; }
.image-badge { position: absolute; pointer-events: none; padding: 2px 7px; border-radius: 4px; color: #fff; font: 600 11px/1.5 system-ui, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.35); white-space: nowrap; }
`;


interface PlacedImage {
  badge: ImageBadge;
  element: Element;
  node?: HTMLElement;
}

/** What a highlight sits on: a whole element, or a run of text inside one (a Range). */
export type Anchor = Element | Range;

/** A box in the overlay's coordinates. */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The document an anchor lives in (a same-origin frame's, for text read from a frame). */
const documentOf = (anchor: Anchor): Document | null => ('isConnected' in anchor ? anchor.ownerDocument : anchor.startContainer.ownerDocument);

/**
 * Where a frame's viewport sits in the top page's viewport: its content box, summed up the chain of
 * frames. Client rectangles inside a frame are relative to its own viewport.
 */
function frameOffset(doc: Document | null, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let current = doc; current && current !== top; ) {
    const frame = current.defaultView?.frameElement as HTMLElement | null | undefined;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += rect.left + frame.clientLeft + (parseFloat(style?.paddingLeft ?? '0') || 0);
    y += rect.top + frame.clientTop + (parseFloat(style?.paddingTop ?? '0') || 0);
    current = frame.ownerDocument;
  }
  return { x, y };
}

/**
 * What an overlay shows, for tests in the extension's own world (unit tests, and the e2e harness,
 * which reads the closed shadow root through the DevTools protocol). Nothing of it is on the page's
 * DOM: the host element carries no attribute the page could read the verdict from.
 */
const states = new WeakMap<Element, () => { highlights: number; imageBadges: number; visible: boolean }>();
export function overlayState(host: Element | null): { highlights: number; imageBadges: number; visible: boolean } | null {
  return host ? (states.get(host)?.() ?? null) : null;
}

/** Whether an anchor is still in the page. */
export const anchorConnected = (anchor: Anchor): boolean => ('isConnected' in anchor ? anchor.isConnected : anchor.startContainer.isConnected && anchor.endContainer.isConnected);

interface Placed {
  highlight: Highlight;
  element: Anchor;
  boxes: HTMLElement[];
  /** The boxes' places in the overlay's coordinates, for hit-testing without asking the page's layout. */
  rects: Box[];
}

export interface Overlay {
  show(items: Highlight[], elements: Map<string, Anchor>, images?: { badges: ImageBadge[]; elements: Map<string, Element> }): number;
  setVisible(visible: boolean): void;
  readonly visible: boolean;
  readonly count: number;
  destroy(): void;
}

export function describeHighlight(highlight: Highlight): { title: string; reasons: string[] } {
  const verdict = passageLabelText(highlight.label);
  const lean = highlight.label === 'unsure' ? `, ${leaning(highlight.probability)}` : '';
  return {
    title: `${verdict}${lean} — ${t('passages.probability', { p: decimal(highlight.probability, 2) })}`,
    reasons: highlight.reasons.map((reason) => reasonText(reason)),
  };
}

export function createOverlay(doc: Document = document): Overlay {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;pointer-events:none;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  tip.setAttribute('role', 'tooltip');
  shadow.append(style, layer, tip);
  doc.documentElement.append(host);

  let placed: Placed[] = [];
  let placedImages: PlacedImage[] = [];
  let visible = true;
  let frame = 0;
  states.set(host, () => ({ highlights: placed.length, imageBadges: placedImages.length, visible }));

  /** Rectangles of an anchor in the overlay's coordinates, including text read from a same-origin frame. */
  const rectsOf = (anchor: Anchor, origin: DOMRect): Box[] => {
    const offset = frameOffset(documentOf(anchor), doc);
    return Array.from(anchor.getClientRects()).flatMap((rect) =>
      rect.width === 0 || rect.height === 0 ? [] : [{ left: rect.left + offset.x - origin.left, top: rect.top + offset.y - origin.top, width: rect.width, height: rect.height }],
    );
  };

  const layout = () => {
    frame = 0;
    const origin = host.getBoundingClientRect();
    // Every rectangle is read before any box is drawn: reading after each write would make the browser
    // lay the page out again for every highlight.
    const imageRects = placedImages.map((item) => (item.element.isConnected ? rectsOf(item.element, origin)[0] : undefined));
    for (const item of placed) item.rects = anchorConnected(item.element) ? rectsOf(item.element, origin) : [];
    const fragment = doc.createDocumentFragment();
    placedImages.forEach((item, index) => {
      item.node?.remove();
      item.node = undefined;
      const rect = imageRects[index];
      if (!rect) return;
      const style = IMAGE_VERDICTS[item.badge.verdict];
      const node = doc.createElement('div');
      node.className = 'image-badge';
      node.dataset.assayImage = item.badge.verdict;
      node.textContent = style.short;
      node.style.cssText = `left:${rect.left + 6}px;top:${rect.top + 6}px;background:${style.color};`;
      fragment.append(node);
      item.node = node;
    });
    for (const item of placed) {
      for (const box of item.boxes) box.remove();
      item.boxes = [];
      const rgb = LABELS[item.highlight.label].highlight;
      // Unsure is outlined dashed and barely filled: a place to look, not a finding.
      const outline = item.highlight.label === 'unsure' ? `2px dashed rgba(${rgb},0.7)` : `2px solid rgba(${rgb},0.55)`;
      const fill = item.highlight.label === 'unsure' ? 0.04 : 0.1;
      for (const rect of item.rects) {
        const box = doc.createElement('div');
        box.className = 'box';
        // Inside the closed shadow root: the extension's tests can find a highlight's boxes, the page cannot.
        box.dataset.assayId = item.highlight.id;
        box.style.cssText = `left:${rect.left - 2}px;top:${rect.top - 1}px;width:${rect.width + 4}px;height:${rect.height + 2}px;background:rgba(${rgb},${fill});outline:${outline};`;
        fragment.append(box);
        item.boxes.push(box);
      }
    }
    layer.append(fragment);
  };
  function schedule() {
    if (!frame) frame = requestAnimationFrame(layout);
  }

  const onPointer = (event: MouseEvent) => {
    if (!visible || (placed.length === 0 && placedImages.length === 0)) return;
    const origin = host.getBoundingClientRect();
    const x = event.clientX - origin.left;
    const y = event.clientY - origin.top;
    const inside = (r: Box) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height;
    const imageHit = placedImages.find((item) => item.element.isConnected && rectsOf(item.element, origin).some(inside));
    if (imageHit) {
      const heading = doc.createElement('strong');
      heading.textContent = t('overlay.image', { verdict: IMAGE_VERDICTS[imageHit.badge.verdict].text });
      const body = doc.createElement('div');
      body.textContent = imageHit.badge.summary;
      tip.replaceChildren(heading, body);
      tip.hidden = false;
      tip.style.left = `${Math.max(4, Math.min(event.clientX + 14, (doc.defaultView?.innerWidth ?? 800) - 330))}px`;
      tip.style.top = `${event.clientY + 16}px`;
      return;
    }
    const hit = placed.find((item) => item.rects.some(inside));
    if (!hit) {
      tip.hidden = true;
      return;
    }
    const { title, reasons } = describeHighlight(hit.highlight);
    const heading = doc.createElement('strong');
    heading.textContent = title;
    const list = doc.createElement('ul');
    for (const reason of reasons) {
      const li = doc.createElement('li');
      li.textContent = reason;
      list.append(li);
    }
    tip.replaceChildren(heading, list);
    tip.hidden = false;
    const tipX = Math.min(event.clientX + 14, (doc.defaultView?.innerWidth ?? 800) - 330);
    tip.style.left = `${Math.max(4, tipX)}px`;
    tip.style.top = `${event.clientY + 16}px`;
  };

  const resizeObserver = new ResizeObserver(schedule);
  resizeObserver.observe(doc.documentElement);
  doc.defaultView?.addEventListener('resize', schedule, { passive: true });
  doc.addEventListener('mousemove', onPointer, { passive: true });
  // Text inside a scrolling box or a frame moves when that box scrolls; the page's own scrolling moves the boxes with it.
  const onScroll = (event: Event) => {
    if (event.target !== doc) schedule();
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const frames = new Set<Window>();
  /** Listens for scrolling in the frames that hold highlighted text. */
  const watchFrames = () => {
    for (const item of placed) {
      const view = documentOf(item.element)?.defaultView;
      if (!view || view === doc.defaultView || frames.has(view)) continue;
      frames.add(view);
      view.addEventListener('scroll', schedule, { capture: true, passive: true });
      view.addEventListener('resize', schedule, { passive: true });
    }
  };

  return {
    show(items, elements, images) {
      placed = items.flatMap((highlight) => {
        const element = elements.get(highlight.id);
        return element && anchorConnected(element) ? [{ highlight, element, boxes: [], rects: [] }] : [];
      });
      placedImages = (images?.badges ?? []).flatMap((badge) => {
        const element = images?.elements.get(badge.id);
        return element && element.isConnected ? [{ badge, element }] : [];
      });
      for (const node of Array.from(layer.children)) node.remove();
      watchFrames();
      layout();
      return placed.length;
    },
    setVisible(next) {
      visible = next;
      layer.style.display = next ? '' : 'none';
      if (!next) tip.hidden = true;
    },
    get visible() {
      return visible;
    },
    get count() {
      return placed.length;
    },
    destroy() {
      resizeObserver.disconnect();
      doc.defaultView?.removeEventListener('resize', schedule);
      doc.removeEventListener('mousemove', onPointer);
      doc.removeEventListener('scroll', onScroll, { capture: true });
      for (const view of frames) {
        view.removeEventListener('scroll', schedule, { capture: true });
        view.removeEventListener('resize', schedule);
      }
      if (frame) cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
