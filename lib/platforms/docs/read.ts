import { exportProblem, extractDocsExport } from './extract';
import type { Deliverable, Segment } from '../../schema/deliverable';
import { documentTitle, documentUrl, exportUrl, revisionCount, revisionsUrl, type DocsLocation } from './page';
import { parseRevisions, writingProcess } from './revisions';
import type { WritingProcess } from '../../schema/process';
import { t } from '../../i18n';

/**
 * Reading a Google Doc from its own page: the export (the text) and the revision history (how it got
 * there), both same-origin requests with the user's own session. `fetch` and the HTML parser are
 * passed in so this runs in the content script and in tests alike.
 */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Exports larger than this are refused rather than parsed in the page. */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; deliverable: Deliverable } | { ok: false; problem: string };

export async function readDocument(doc: DocsLocation, pageTitle: string, fetchImpl: Fetch, parseHtml: (html: string) => Document): Promise<ReadResult> {
  let response: Response;
  try {
    response = await fetchImpl(exportUrl(doc), { credentials: 'include' });
  } catch {
    return { ok: false, problem: t('inpage.docs.unreachable') };
  }
  const problem = exportProblem(response.status, response.headers.get('content-type'), response.url);
  if (problem) return { ok: false, problem };
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_EXPORT_BYTES) return { ok: false, problem: t('inpage.docs.tooLarge') };
  const html = await response.text();
  if (html.length > MAX_EXPORT_BYTES) return { ok: false, problem: t('inpage.docs.tooLarge') };
  const source = { kind: 'docs' as const, url: documentUrl(doc), title: documentTitle(pageTitle) };
  return { ok: true, deliverable: extractDocsExport(parseHtml(html), source) };
}

/**
 * Why there is no writing history is kept in the record in English, as the detector's reasons are, and
 * said in the reader's language where it is shown (lib/ui/writing-history.ts, which holds these sentences).
 */
export async function readWritingProcess(doc: DocsLocation, pageScripts: readonly string[], segments: readonly Segment[], fetchImpl: Fetch): Promise<WritingProcess> {
  const none = (reason: string): WritingProcess => ({ available: false, reason, inserts: 0, evidence: [] });
  const end = revisionCount(pageScripts);
  if (!end) return none('Google Docs did not publish this document’s revision count, so its writing history was not read.');
  let response: Response;
  try {
    response = await fetchImpl(revisionsUrl(doc, end), { credentials: 'include' });
  } catch {
    return none('Google Docs could not be reached for the writing history.');
  }
  if (response.status === 401 || response.status === 403) return none('Only people who can edit a document may read its writing history; you have view-only access.');
  if (!response.ok) return none(`Google Docs refused the writing history (${response.status}).`);
  try {
    return writingProcess(parseRevisions(await response.text()), segments);
  } catch (error) {
    return none(`The writing history could not be used: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
