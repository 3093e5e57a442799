// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { extractDraft, findDraftEditor, nameDraft } from '../../../lib/page/draft';

const windows: Window[] = [];
function open(html: string): Document {
  const window = new Window({ url: 'https://mail.google.com/mail/u/0/#inbox?compose=new' });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});
const COMPOSE = readFileSync(join(import.meta.dirname, '../../fixtures/platforms/gmail/compose.html'), 'utf8');

describe('the draft being written', () => {
  it('reads Gmail’s compose body as passages, with the subject as its title', () => {
    const doc = open(COMPOSE);
    const draft = extractDraft(doc, 'gmail', doc.location.href)!;
    expect(draft.source).toEqual({ kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', title: 'Homepage copy, final' });
    // The background names it a draft, in the reader's language.
    expect(nameDraft(draft).source.title).toBe('Draft: Homepage copy, final');
    setLocale('id');
    try {
      expect(nameDraft(draft).source.title).toBe('Draf: Homepage copy, final');
      expect(nameDraft({ ...draft, source: { ...draft.source, title: '' } }).source.title).toBe('Draf: tanpa judul');
    } finally {
      setLocale('en');
    }
    expect(draft.segments.map((s) => s.text)).toEqual([
      'Hi Jo,',
      expect.stringMatching(/^Here is the homepage copy/),
      expect.stringMatching(/^The about-us section is shorter/),
      'Best, Sam',
    ]);
    expect(draft.segments.some((s) => s.text.includes('Your conversations'))).toBe(false);
  });

  it('prefers the editor with the focus, and says when there is none or it is empty', () => {
    const doc = open('<div contenteditable="true" role="textbox" id="a"><p>First editor with more text in it than the other.</p></div><div contenteditable="true" role="textbox" id="b" tabindex="0"><p>Second.</p></div>');
    expect(findDraftEditor(doc)?.id).toBe('a');
    (doc.getElementById('b') as HTMLElement).focus();
    expect(findDraftEditor(doc)?.id).toBe('b');
    expect(extractDraft(open('<p>No editor here.</p>'), 'page', 'https://x.example/')).toBeUndefined();
    expect(extractDraft(open('<div contenteditable="true" role="textbox"></div>'), 'page', 'https://x.example/')).toBeUndefined();
  });
});
