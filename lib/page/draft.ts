import { extractPassages } from '../extract/html';
import type { Deliverable, SourceKind } from '../schema/deliverable';
import { MAX_TITLE_CHARS, MAX_URL_CHARS } from '../schema/limits';
import { t } from '../i18n';

/**
 * The text being written in a page — a mail draft in Gmail or Outlook, or any rich-text editor — to
 * certify it before sending. Both mail clients write in a `contenteditable` element with
 * `role="textbox"`; the one holding the focus wins, else the visible one with the most text.
 */
const EDITORS = '[contenteditable="true"][role="textbox"], [contenteditable="true"][aria-multiline="true"], [contenteditable=""][role="textbox"]';
/** Gmail's and Outlook's subject fields (by name and label, which both keep stable). */
const SUBJECTS = 'input[name="subjectbox"], input[aria-label="Subject"], input[aria-label="Add a subject"]';

/**
 * What the page script answers when the page has no text being written: a code, not words (it carries
 * no catalogue); the background says it in the reader's language (`error.draft.none`).
 */
export const NO_DRAFT = 'assay:no-draft';

export function findDraftEditor(doc: Document): HTMLElement | undefined {
  const editors = Array.from(doc.querySelectorAll<HTMLElement>(EDITORS)).filter((e) => (typeof e.checkVisibility === 'function' ? e.checkVisibility() : true));
  const focused = doc.activeElement?.closest<HTMLElement>(EDITORS);
  if (focused && editors.includes(focused)) return focused;
  return editors.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
}

/**
 * The draft as a deliverable, or undefined when the page has no editor with text in it. Its title is the
 * subject (or the page's title) as written: the page script has no catalogue, so the background names it
 * a draft in the reader's language (`nameDraft`).
 */
export function extractDraft(doc: Document, kind: SourceKind, url: string): Deliverable | undefined {
  const editor = findDraftEditor(doc);
  if (!editor) return undefined;
  const { passages, omitted } = extractPassages(editor);
  const segments = passages.map((p) => p.segment);
  if (segments.length === 0) return undefined;
  const subject = (editor.closest('form, [role="dialog"], [role="main"]') ?? doc).querySelector<HTMLInputElement>(SUBJECTS)?.value.trim();
  return { source: { kind, url: url.slice(0, MAX_URL_CHARS), title: (subject || doc.title || '').slice(0, MAX_TITLE_CHARS) }, segments, ...(omitted ? { omitted } : {}) };
}

/** A draft's record title, "Draft: <subject>", in the reader's language (the background's). */
export function nameDraft(draft: Deliverable): Deliverable {
  const subject = draft.source.title.trim() || t('inpage.draft.untitled');
  return { ...draft, source: { ...draft.source, title: t('inpage.draft.title', { subject }).slice(0, MAX_TITLE_CHARS) } };
}
