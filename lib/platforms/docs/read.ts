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

export async function readWritingProcess(doc: DocsLocation, pageScripts: readonly string[], segments: readonly Segment[], fetchImpl: Fetch): Promise<WritingProcess> {
  const none = (reason: string): WritingProcess => ({ available: false, reason, inserts: 0, evidence: [] });
  const end = revisionCount(pageScripts);
  if (!end) return none(t('inpage.history.noCount'));
  let response: Response;
  try {
    response = await fetchImpl(revisionsUrl(doc, end), { credentials: 'include' });
  } catch {
    return none(t('inpage.history.unreachable'));
  }
  if (response.status === 401 || response.status === 403) return none(t('inpage.history.viewOnly'));
  if (!response.ok) return none(t('inpage.history.refused', { status: String(response.status) }));
  try {
    return writingProcess(parseRevisions(await response.text()), segments);
  } catch (error) {
    return none(t('inpage.history.unusable', { error: error instanceof Error ? error.message : String(error) }));
  }
}
