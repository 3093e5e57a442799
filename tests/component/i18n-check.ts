import { registerCatalogue, setLocale, type Catalogue } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n/all';

/**
 * A screen-wide check that every word Assay shows comes from the catalogue, hard-coded strings
 * included. `pseudoIndonesian()` switches to Indonesian with every message wrapped in ⟦ ⟧; after a
 * screen is rendered, `unmarked()` strips every wrapped message (innermost first, since a message may
 * carry another as a value) and returns the words left over. What is left is either the user's own
 * material (a file name, a title, a passage: pass those as `names`, or they sit in an element matched
 * by USER_CONTENT) or a string that never went through `t()`.
 */
const OPEN = '⟦';
const CLOSE = '⟧';

export function pseudoIndonesian(): () => void {
  const marked = Object.fromEntries(Object.entries(CATALOGUES.id).map(([key, message]) => [key, `${OPEN}${message}${CLOSE}`])) as Catalogue;
  registerCatalogue('id', marked);
  setLocale('id');
  return () => {
    registerCatalogue('id', CATALOGUES.id);
    setLocale('en');
  };
}

/**
 * Elements whose text is the user's material, never Assay's words, or evidence a record keeps as it
 * was written (English, marked `lang="en"` so screen readers pronounce it right).
 */
const USER_CONTENT = ['[lang="en"]', '.passage-text', '.page-title', '.record-title', 'time', 'code', 'kbd', 'a[href^="http"]', 'option[value="en"]'];
/** Attributes a user reads or hears (tooltips, screen readers, empty inputs). */
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext'];

function strip(text: string, names: readonly string[]): string {
  let out = text;
  for (;;) {
    const next = out.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    if (next === out) break;
    out = next;
  }
  // Words quoted from a passage (“leverage”) are the user's text too.
  out = out.replace(/“[^”]*”/g, ' ');
  for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) out = out.split(name).join(' ');
  return out;
}

/** Words (two letters or more) on the screen, or in its spoken attributes, that did not come from the catalogue. */
export function unmarked(root: Element, names: readonly string[] = []): string[] {
  const copy = root.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll(USER_CONTENT.join(', '))) el.remove();
  // Hidden content (a closed <details>, a hidden panel) is still in the DOM: it is checked too.
  const texts = [copy.textContent ?? ''];
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const attribute of SPOKEN_ATTRIBUTES) {
      const value = el.getAttribute(attribute);
      if (value) texts.push(value);
    }
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) && el.value) texts.push(el.value);
  }
  const words = texts.flatMap((text) => strip(text, names).match(/\p{L}[\p{L}’']+/gu) ?? []);
  return [...new Set(words)];
}
