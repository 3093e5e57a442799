import type { MessageKey } from './en';

/**
 * Assay's own message catalogues, one per language, read by every surface (popup, dashboard, badge,
 * page, reports, CLI). `browser.i18n` alone follows only the browser's language and cannot switch at
 * run time, so the UI picks a catalogue itself (the browser's language, or the user's choice in
 * settings); the build also writes the catalogues as `_locales/<lang>/messages.json` for the manifest
 * and the store listing (lib/i18n/chrome.ts).
 *
 * The catalogues are registered, not imported here: a page, the background and the CLI load both
 * (lib/i18n/all.ts); the page script, injected into every scanned page, is sent the few messages it
 * draws with (PAGE_MESSAGE_PREFIXES) so it stays small.
 */
export const LOCALES = ['en', 'id'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };
export type Catalogue = Record<MessageKey, string>;

const registered: Partial<Record<Locale, Partial<Catalogue>>> = {};

/** Makes a language's messages (all, or the part a context needs) available to `t()`. */
export function registerCatalogue(locale: Locale, messages: Partial<Catalogue>): void {
  registered[locale] = { ...registered[locale], ...messages };
}

/** The messages the page script draws with: labels, leanings, reasons, image verdicts, its headings. */
export const PAGE_MESSAGE_PREFIXES = ['label.', 'leaning.', 'opinion.', 'passages.probability', 'overlay.', 'image.', 'reason.'] as const;

/** The part of a catalogue the page script needs. */
export function pageMessages(catalogue: Partial<Catalogue>): Partial<Catalogue> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => PAGE_MESSAGE_PREFIXES.some((prefix) => key.startsWith(prefix))));
}

/** Areas no content script shows (the command line, the dashboard's Audit and Certificates): not sent to them. */
export const NOT_FOR_CONTENT_SCRIPTS = ['cli.', 'audit.', 'certify.'] as const;

/**
 * The part of a catalogue a platform content script is sent with its settings (platform.config): what
 * its chips and panels draw, without the areas it never shows (the CLI's help alone is longer than the
 * wire allows one message to be).
 */
export function contentScriptMessages(catalogue: Partial<Catalogue>): Partial<Catalogue> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => !NOT_FOR_CONTENT_SCRIPTS.some((prefix) => key.startsWith(prefix))));
}

export function registeredCatalogue(locale: Locale): Partial<Catalogue> {
  return registered[locale] ?? {};
}
/** Each language's own name for itself, for the language picker. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };
/** Language tags in the form Intl and the browser use. */
const INTL_TAGS: Record<Locale, string> = { en: 'en-US', id: 'id-ID' };

let current: Locale = 'en';
const listeners = new Set<() => void>();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  for (const listener of listeners) listener();
}

/** Called when the language changes (the UI re-renders with it). */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among the user's preferred ones ("id-ID", "in", "en-GB", the POSIX
 * "id_ID.UTF-8"), English when none is. "in" is the code Indonesian had before 1989, still sent by
 * some older systems.
 */
export function pickLocale(preferred: readonly (string | undefined)[]): Locale {
  for (const tag of preferred) {
    if (!tag) continue;
    const base = tag.toLowerCase().split(/[-_.@]/)[0];
    if (base === 'in') return 'id';
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** The language of a terminal: LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX');
  return pickLocale([tag]);
}

export type Params = Record<string, string | number>;

function fill(template: string, params: Params | undefined, locale: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A message in the current language, its `{name}` placeholders filled (numbers in the language's style). */
export function t(key: MessageKey, params?: Params, locale: Locale = current): string {
  // A message missing in a language falls back to English, then to its key (never to nothing).
  return fill(registered[locale]?.[key] ?? registered.en?.[key] ?? key, params, locale);
}

/** Keys whose wording depends on a count: `<stem>.one` and `<stem>.other` in every catalogue. */
type PluralStem = MessageKey extends infer K ? (K extends `${infer S}.one` ? S : never) : never;

/**
 * A counted message: "1 passage", "3 passages" ("3 bagian"). The count fills `{n}`; Indonesian has
 * one form (Intl.PluralRules says "other" for every number), English two.
 */
export function plural(stem: PluralStem, n: number, params?: Params, locale: Locale = current): string {
  const form = new Intl.PluralRules(INTL_TAGS[locale]).select(n) === 'one' ? 'one' : 'other';
  return t(`${stem}.${form}` as MessageKey, { n, ...params }, locale);
}

/** A whole number in the language's style ("1,234" / "1.234"). */
export function formatNumber(n: number, locale: Locale = current): string {
  return Number.isInteger(n) ? n.toLocaleString(INTL_TAGS[locale]) : String(n);
}

/** A number with fixed decimals and the language's decimal mark ("0.42" / "0,42"). */
export function decimal(n: number, digits: number, locale: Locale = current): string {
  const fixed = n.toFixed(digits);
  return locale === 'id' ? fixed.replace('.', ',') : fixed;
}

/** The Intl tag of a locale, for dates. */
export function intlTag(locale: Locale = current): string {
  return INTL_TAGS[locale];
}

/** A date and time in the language's style ("2/12/2026, 13.05.00"): never the machine's own locale. */
export function dateTime(when: number | Date, locale: Locale = current): string {
  return new Date(when).toLocaleString(INTL_TAGS[locale]);
}

/** A date in the language's style ("2/12/2026"). */
export function date(when: number | Date, locale: Locale = current): string {
  return new Date(when).toLocaleDateString(INTL_TAGS[locale]);
}
