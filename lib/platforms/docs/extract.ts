import { extractPassages } from '../../extract/html';
import { toPassages } from '../../extract/plain';
import { mergeOmitted } from '../../extract/limits';
import type { Deliverable, SegmentKind, Source } from '../../schema/deliverable';
import { DOCS } from './selectors';
import { t } from '../../i18n';

/**
 * A Google Doc from its HTML export (`/document/d/<id>/export?format=html`): Docs draws its text on a
 * canvas, so the export is the only faithful text there is. Headings (the Title and Subtitle styles
 * too), paragraphs, list items and tables stay separate passages; code — a Docs code block, or lines
 * set in a monospaced font — becomes one code passage, never prose. Pure: a parsed Document in, a
 * Deliverable out. Images in the export live on Google's image hosts and are not fetched.
 */

/** Docs marks a code block's start and end with these private-use characters (U+EC03 … U+EC02). */
const CODE_BLOCK_START = '\uec03';
const CODE_BLOCK_END = '\uec02';
/** Private-use characters carry Docs' own markers, never the author's words. */
const PRIVATE_USE = /[\ue000-\uf8ff]/g;
/** Font families a Docs user picks for code. */
const MONOSPACE = /font-family:\s*"?(courier new|roboto mono|source code pro|consolas|inconsolata|fira (code|mono)|cousine|space mono|ubuntu mono|pt mono|ibm plex mono|jetbrains mono|menlo|monaco|monospace)\b/i;

/** The export's classes whose font is monospaced, from its style sheet. */
export function monospaceClasses(exported: Document): Set<string> {
  const css = Array.from(exported.querySelectorAll(DOCS.styles.selector), (style) => style.textContent ?? '').join('\n');
  const found = new Set<string>();
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (!MONOSPACE.test(body!)) continue;
    for (const name of selectors!.matchAll(/\.([A-Za-z_][\w-]*)/g)) found.add(name[1]!);
  }
  return found;
}

export function extractDocsExport(exported: Document, source: Source): Deliverable {
  const body = exported.body ?? exported.documentElement;
  const mono = monospaceClasses(exported);
  const titles = new Set(Array.from(exported.querySelectorAll(`${DOCS.title.selector}, ${DOCS.subtitle.selector}`)));
  const isMonospaced = (element: Element) => {
    const spans = Array.from(element.querySelectorAll('span')).filter((span) => span.textContent?.trim());
    return spans.length > 0 && spans.every((span) => Array.from(span.classList).some((c) => mono.has(c)));
  };

  const items: { kind: SegmentKind; text: string }[] = [];
  let inCodeBlock = false;
  const extracted = extractPassages(body);
  for (const { segment, element, range } of extracted.passages) {
    // A code line is taken as written (its indentation kept); loose text beside blocks as extracted.
    const raw = range ? segment.text : (element.textContent ?? segment.text);
    const marked = raw.includes(CODE_BLOCK_START) || raw.includes(CODE_BLOCK_END);
    const code = inCodeBlock || marked || (segment.kind === 'paragraph' && element.tagName === 'P' && isMonospaced(element));
    if (raw.includes(CODE_BLOCK_START)) inCodeBlock = true;
    if (raw.includes(CODE_BLOCK_END)) inCodeBlock = false;
    const text = (code ? raw : segment.text).replace(PRIVATE_USE, '');
    if (!text.trim()) continue;
    const previous = items[items.length - 1];
    // Consecutive code lines are one piece of code, as the author laid it out.
    if (code && previous?.kind === 'code') previous.text += `\n${text}`;
    else items.push({ kind: code ? 'code' : titles.has(element) ? 'heading' : segment.kind, text: code ? text : text.trim() });
  }
  const lang = exported.documentElement.getAttribute('lang')?.slice(0, 35) || undefined;
  const passages = toPassages(items);
  const omitted = mergeOmitted(extracted.omitted, passages.omitted);
  return { source, lang, segments: passages.segments, ...(omitted ? { omitted } : {}) };
}

/** What an export answer is, before trusting it: Docs answers a refused export with a sign-in or error page. */
export function exportProblem(status: number, contentType: string | null, finalUrl: string): string | undefined {
  if (status === 401 || status === 403) return t('inpage.docs.refused');
  if (status === 404) return t('inpage.docs.notFound');
  if (status >= 400) return t('inpage.docs.status', { status: String(status) });
  if (/accounts\.google\.com|ServiceLogin/.test(finalUrl)) return t('inpage.docs.signedOut');
  if (!contentType || !/text\/html/i.test(contentType)) return t('inpage.docs.notDocument');
  return undefined;
}
