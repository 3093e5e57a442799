import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { LOCALES, pickLocale, setLocale, type Locale } from '../i18n';

/**
 * The language the user chose in settings, or `auto` to follow the browser. Kept in its own item
 * (not in the versioned settings) so every page can read it before its first paint, and checked on
 * read: a bad stored value means `auto`, never a broken page.
 */
export const LanguageChoiceSchema = z.enum(['auto', ...LOCALES]);
export type LanguageChoice = z.infer<typeof LanguageChoiceSchema>;

export const languageItem = storage.defineItem<LanguageChoice>('local:language', { fallback: 'auto' });

/** The browser's language, as the extension sees it (its UI language first, then the page's list). */
export function browserLocale(): Locale {
  return pickLocale([uiLanguage(), ...(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language])]);
}

/**
 * The browser's UI language; undefined where the context has no i18n API (WXT's fake browser in
 * tests throws "not implemented"), and the navigator's list then speaks alone.
 */
function uiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.();
  } catch {
    return undefined;
  }
}

export function resolveLanguage(choice: LanguageChoice): Locale {
  return choice === 'auto' ? browserLocale() : choice;
}

export async function loadLanguageChoice(): Promise<LanguageChoice> {
  return LanguageChoiceSchema.catch('auto').parse(await languageItem.getValue());
}

export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  await languageItem.setValue(LanguageChoiceSchema.parse(choice));
}

let started: Promise<unknown> | undefined;

/**
 * The language set once for this context (the background's badge title, the page scripts): the first
 * call starts following the user's choice, later calls wait for that.
 */
export function languageReady(): Promise<unknown> {
  started ??= startLanguage().catch(() => setLocale(browserLocale()));
  return started;
}

/**
 * Sets this page's language from the user's choice and keeps it in step when the choice changes (in
 * the dashboard, or another window). Returns the stop function.
 */
export async function startLanguage(): Promise<() => void> {
  setLocale(resolveLanguage(await loadLanguageChoice()));
  return languageItem.watch((value) => setLocale(resolveLanguage(LanguageChoiceSchema.catch('auto').parse(value))));
}
