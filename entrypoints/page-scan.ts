import { anchorOf, extractDeliverableSliced } from '../lib/extract/html';
import { liveVisibility } from '../lib/extract/visibility';
import { onBackgroundMessages } from '../lib/messaging/page';
import { PAGE_SCRIPT_REQUEST_RULES } from '../lib/messaging/rules.generated';
import { createOverlay, type Anchor, type Overlay } from '../lib/page/overlay';
import { extractDraft, NO_DRAFT } from '../lib/page/draft';
import { registerCatalogue, setLocale, type Catalogue } from '../lib/i18n';

/**
 * The page script, injected into a tab only when the user asks for a scan (activeTab + scripting).
 * Injection can happen again on a rescan, so it installs itself once per page.
 */
declare global {
  // Lives in the content script's isolated world, invisible to the page.
  var __assayPageScript: boolean | undefined;
}

export default defineUnlistedScript(() => {
  if (globalThis.__assayPageScript) return;
  globalThis.__assayPageScript = true;

  let elements = new Map<string, Anchor>();
  let imageElements = new Map<string, Element>();
  let overlay: Overlay | undefined;

  onBackgroundMessages(PAGE_SCRIPT_REQUEST_RULES, {
    'page.extract': async () => {
      const source = { kind: 'page' as const, url: location.href.slice(0, 4000), title: document.title.slice(0, 500) };
      // What a reader sees (computed visibility, shadow roots open or closed, same-origin frames), read
      // in slices so that a huge page keeps answering its user.
      const openOrClosed = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null } } }).chrome?.dom?.openOrClosedShadowRoot;
      const { deliverable, passages, images } = await extractDeliverableSliced(document, source, liveVisibility(openOrClosed));
      elements = new Map(passages.map((p) => [p.segment.id, anchorOf(p)]));
      imageElements = new Map(images.map((i) => [i.image.id, i.element]));
      return deliverable;
    },
    'page.extractDraft': ({ kind }) => {
      const draft = extractDraft(document, kind, location.href);
      if (!draft) throw new Error(NO_DRAFT);
      return draft;
    },
    'page.highlight': ({ items, images, visible, locale, messages }) => {
      // The words come with the highlights (this script carries no catalogue, to stay small).
      if (locale && messages) registerCatalogue(locale, messages as Partial<Catalogue>);
      if (locale) setLocale(locale);
      overlay ??= createOverlay(document);
      const shown = overlay.show(items, elements, { badges: images ?? [], elements: imageElements });
      overlay.setVisible(visible);
      return { shown };
    },
    'page.visibility': ({ visible }) => {
      overlay?.setVisible(visible);
      return { ok: true as const };
    },
  });
});
