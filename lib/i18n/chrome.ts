import { LOCALES, type Catalogue, type Locale } from './index';
import { CATALOGUES } from './all';

/**
 * The catalogues in the browser's own format, `_locales/<lang>/messages.json`, so the manifest and the
 * store listing speak the browser's language (`__MSG_ext_name__`). Chrome allows only letters, digits,
 * `_` and `@` in a key, so `ext.name` becomes `ext_name`; a `$` is written `$$` (a bare `$` starts a
 * placeholder there). Our `{name}` placeholders are left as they are: the UI reads the catalogues
 * itself; the browser reads only the manifest's keys.
 */
export const chromeKey = (key: string): string => key.replace(/[^A-Za-z0-9_@]/g, '_');

/** Chrome's folder name for a language ("en", "id"). */
export const CHROME_LOCALE: Record<Locale, string> = { en: 'en', id: 'id' };

export function chromeMessages(catalogue: Catalogue): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [chromeKey(key), { message: message.replace(/\$/g, '$$$$') }]));
}

/** Every `_locales` file the build writes, as path and contents. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return LOCALES.map((locale) => ({
    relativeDest: `_locales/${CHROME_LOCALE[locale]}/messages.json`,
    contents: `${JSON.stringify(chromeMessages(CATALOGUES[locale]), null, 2)}\n`,
  }));
}
