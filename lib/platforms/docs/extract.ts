import type { Deliverable, Source } from '../../schema/deliverable';
import { extractPassages } from '../../extract/html';

/**
 * A Google Doc from its HTML export (`/document/d/<id>/export?format=html`): Docs draws its text on a
 * canvas, so the export is the only faithful text there is. Headings, paragraphs, list items and tables
 * stay separate passages (tables are kept apart so the detector can leave them unjudged). Pure: a
 * parsed Document in, a Deliverable out. Images in the export live on Google's image hosts and are
 * not fetched.
 */
export function extractDocsExport(exported: Document, source: Source): Deliverable {
  const body = exported.body ?? exported.documentElement;
  const segments = extractPassages(body).map((p) => p.segment);
  const lang = exported.documentElement.getAttribute('lang')?.slice(0, 35) || undefined;
  return { source, lang, segments };
}

/** What an export answer is, before trusting it: Docs answers a refused export with a sign-in or error page. */
export function exportProblem(status: number, contentType: string | null, finalUrl: string): string | undefined {
  if (status === 401 || status === 403) return 'the owner has turned off downloading and copying for this document, or you cannot open it';
  if (status === 404) return 'Google Docs did not find this document';
  if (status >= 400) return `Google Docs answered ${status}`;
  if (/accounts\.google\.com|ServiceLogin/.test(finalUrl)) return 'you are not signed in to Google in this browser';
  if (!contentType || !/text\/html/i.test(contentType)) return 'the export was not a document';
  return undefined;
}
