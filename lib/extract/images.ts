import type { ImageRef } from '../schema/deliverable';
import { MAX_IMAGES, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../schema/limits';
import { fnv1a } from '../hash';

/** Images smaller than this on both sides are icons and decoration, not deliverable content. */
export const MIN_IMAGE_SIDE = 48;

export interface ExtractedImage {
  image: ImageRef;
  element: HTMLImageElement;
}

export interface ExtractedImages {
  images: ExtractedImage[];
  /** Content images past MAX_IMAGES, not read (the verdict says how many). */
  more: number;
}

/**
 * The content images under some roots (the page, and the shadow roots and frames its text was read
 * from): visible, big enough to matter, with an http(s) or data: source. Only their addresses: the
 * extension decides later which it may fetch.
 */
export function extractImages(roots: Element | readonly (Element | ShadowRoot | Document)[], options: { isVisible?: (element: Element) => boolean } = {}): ExtractedImages {
  const out: ExtractedImage[] = [];
  const seen = new Set<string>();
  let more = 0;
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    for (const element of Array.from((root as ParentNode).querySelectorAll('img'))) {
      const url = element.currentSrc || element.src;
      if (!url || url.length > MAX_URL_CHARS || !/^(https?:|data:image\/)/i.test(url) || seen.has(url)) continue;
      // The larger of the file's size and its size on the page: a small file shown large is still content.
      const width = Math.max(element.naturalWidth || 0, element.width || 0);
      const height = Math.max(element.naturalHeight || 0, element.height || 0);
      if (width < MIN_IMAGE_SIDE && height < MIN_IMAGE_SIDE) continue;
      if (options.isVisible && !options.isVisible(element)) continue;
      seen.add(url);
      if (out.length >= MAX_IMAGES) {
        more++;
        continue;
      }
      out.push({ image: { id: `i${fnv1a(url)}`, url, alt: (element.alt ?? '').slice(0, MAX_TITLE_CHARS), width, height }, element });
    }
  }
  return { images: out, more };
}
