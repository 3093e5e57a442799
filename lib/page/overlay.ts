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

/** Whether an anchor is still in the page. */
export const anchorConnected = (anchor: Anchor): boolean => ('isConnected' in anchor ? anchor.isConnected : anchor.startContainer.isConnected && anchor.endContainer.isConnected);

interface Placed {
  highlight: Highlight;
  element: Anchor;
  boxes: HTMLElement[];
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
  // The host states what it shows, so tests and the page's own tools can tell without opening the shadow root.
  const report = () => {
    host.setAttribute('data-highlights', String(placed.length));
    host.setAttribute('data-image-badges', String(placedImages.length));
    host.setAttribute('data-visible', String(visible));
  };

  const layout = () => {
    frame = 0;
    const origin = host.getBoundingClientRect();
    layoutImages(origin);
    for (const item of placed) {
      for (const box of item.boxes) box.remove();
      item.boxes = [];
      if (!anchorConnected(item.element)) continue;
      const rgb = LABELS[item.highlight.label].highlight;
      for (const rect of Array.from(item.element.getClientRects())) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = doc.createElement('div');
        box.className = 'box';
        // Unsure is outlined dashed and barely filled: a place to look, not a finding.
        const outline = item.highlight.label === 'unsure' ? `2px dashed rgba(${rgb},0.7)` : `2px solid rgba(${rgb},0.55)`;
        const fill = item.highlight.label === 'unsure' ? 0.04 : 0.1;
        box.style.cssText = `left:${rect.left - origin.left - 2}px;top:${rect.top - origin.top - 1}px;width:${rect.width + 4}px;height:${rect.height + 2}px;background:rgba(${rgb},${fill});outline:${outline};`;
        box.dataset.assayId = item.highlight.id;
        layer.append(box);
        item.boxes.push(box);
      }
    }
  };
  const layoutImages = (origin: DOMRect) => {
    for (const item of placedImages) {
      item.node?.remove();
      item.node = undefined;
      if (!item.element.isConnected) continue;
      const rect = item.element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = IMAGE_VERDICTS[item.badge.verdict];
      const node = doc.createElement('div');
      node.className = 'image-badge';
      node.textContent = style.short;
      node.style.cssText = `left:${rect.left - origin.left + 6}px;top:${rect.top - origin.top + 6}px;background:${style.color};`;
      node.dataset.assayImage = item.badge.verdict;
      layer.append(node);
      item.node = node;
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(layout);
  };

  const onPointer = (event: MouseEvent) => {
    if (!visible || (placed.length === 0 && placedImages.length === 0)) return;
    const imageHit = placedImages.find((item) => {
      const r = item.element.isConnected ? item.element.getBoundingClientRect() : undefined;
      return r && event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    });
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
    const hit = placed.find((item) =>
      item.boxes.some((box) => {
        const r = box.getBoundingClientRect();
        return event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
      }),
    );
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
    const x = Math.min(event.clientX + 14, (doc.defaultView?.innerWidth ?? 800) - 330);
    tip.style.left = `${Math.max(4, x)}px`;
    tip.style.top = `${event.clientY + 16}px`;
  };

  const resizeObserver = new ResizeObserver(schedule);
  resizeObserver.observe(doc.documentElement);
  doc.defaultView?.addEventListener('resize', schedule, { passive: true });
  doc.addEventListener('mousemove', onPointer, { passive: true });

  return {
    show(items, elements, images) {
      placed = items.flatMap((highlight) => {
        const element = elements.get(highlight.id);
        return element && anchorConnected(element) ? [{ highlight, element, boxes: [] }] : [];
      });
      placedImages = (images?.badges ?? []).flatMap((badge) => {
        const element = images?.elements.get(badge.id);
        return element && element.isConnected ? [{ badge, element }] : [];
      });
      for (const node of Array.from(layer.children)) node.remove();
      layout();
      report();
      return placed.length;
    },
    setVisible(next) {
      visible = next;
      layer.style.display = next ? '' : 'none';
      if (!next) tip.hidden = true;
      report();
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
      if (frame) cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
