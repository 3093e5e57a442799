import { DOMParser } from 'linkedom';

/**
 * HTML and XML parsed without a browser: a Web Worker has no DOMParser, so the readers use linkedom's
 * everywhere (Node, workers, tests), and the one HTML extractor (lib/extract/html.ts) runs on its
 * documents. tests/unit/extract/files.test.ts checks it extracts the same passages as a browser DOM.
 */
export function parseHtml(html: string): Document {
  // linkedom builds a document only around a whole page: a fragment (a mail's HTML part) is wrapped first.
  const page = /<html[\s>]/i.test(html) ? html : /<body[\s>]/i.test(html) ? `<!doctype html><html>${html}</html>` : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}
