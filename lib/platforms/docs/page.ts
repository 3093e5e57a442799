import { MAX_TITLE_CHARS, MAX_URL_CHARS } from '../../schema/limits';
import { t } from '../../i18n';

/**
 * The pages the content script runs on. Here, with the page helpers, rather than in index.ts: the content
 * script's entrypoint names them, and importing the platform's definition would bundle its wording too.
 */
export const MATCHES: string[] = ['https://docs.google.com/document/*'];

/**
 * Where a Google Doc is and how to reach its export and its history, from the page address. Docs
 * addresses: `/document/d/<id>/edit`, `/document/u/<n>/d/<id>/…` (several accounts), `?tab=t.<id>` for
 * one tab of a document with tabs.
 */
const DOC_PATH = /^\/document\/(?:u\/(\d{1,2})\/)?d\/([A-Za-z0-9_-]{20,128})(?:\/|$)/;
const TAB = /^t\.[A-Za-z0-9_-]{1,64}$/;

export interface DocsLocation {
  id: string;
  /** `https://docs.google.com/document[/u/n]/d/<id>`: every endpoint hangs off it. */
  base: string;
  tab?: string;
}

export function docsLocation(href: string): DocsLocation | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const match = DOC_PATH.exec(url.pathname);
  if (!match) return undefined;
  const [, user, id] = match;
  const tab = url.searchParams.get('tab') ?? undefined;
  return { id: id!, base: `${url.origin}/document/${user ? `u/${user}/` : ''}d/${id}`, tab: tab && TAB.test(tab) ? tab : undefined };
}

export const exportUrl = (doc: DocsLocation) => `${doc.base}/export?format=html${doc.tab ? `&tab=${doc.tab}` : ''}`;
export const revisionsUrl = (doc: DocsLocation, end: number) => `${doc.base}/revisions/load?id=${doc.id}&start=1&end=${end}`;
/** The record's address: the document (and tab) as the user opens it. */
export const documentUrl = (doc: DocsLocation) => `${doc.base}/edit${doc.tab ? `?tab=${doc.tab}` : ''}`.slice(0, MAX_URL_CHARS);

/** "Title - Google Docs" → "Title" ("Google Dokumen" is its name in Indonesian). */
export function documentTitle(pageTitle: string): string {
  return (pageTitle.replace(/\s*-\s*Google (Docs|Dokumen|Dokumente|Documentos|Documenti)\s*$/i, '').trim() || t('inpage.docs.untitled')).slice(0, MAX_TITLE_CHARS);
}

/** The editor page publishes its current revision number (`"revision":N`) in its start-up data. */
export function revisionCount(scripts: readonly string[]): number | undefined {
  for (const text of scripts) {
    const match = /"revision"\s*:\s*(\d{1,9})/.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}
