import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../lib/i18n/all';
import { LOCALES, localeFromEnv, pickLocale, plural, setLocale, t, decimal } from '../../../lib/i18n';
import { chromeKey, chromeMessages, localeFiles } from '../../../lib/i18n/chrome';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const [source, ...others] = LOCALES;

afterEach(() => setLocale('en'));

describe('the message catalogues', () => {
  for (const locale of others) {
    it(`${locale} has every English key, and no key English lacks`, () => {
      const english = Object.keys(CATALOGUES[source]).sort();
      const keys = Object.keys(CATALOGUES[locale]).sort();
      expect(english.filter((k) => !keys.includes(k)), `missing in ${locale}`).toEqual([]);
      expect(keys.filter((k) => !english.includes(k)), `only in ${locale}`).toEqual([]);
    });

    it(`${locale} fills the same placeholders as English in every message`, () => {
      const mismatched = Object.entries(CATALOGUES[source]).filter(([key, message]) => placeholders(message).join() !== placeholders(CATALOGUES[locale][key as keyof typeof CATALOGUES.en]).join());
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });

    it(`${locale} is translated, not copied: only names, symbols and placeholders read the same as English`, () => {
      // Words that are the same in both languages (a name, "AI", a pure layout template).
      const same = Object.entries(CATALOGUES[locale]).filter(([key, message]) => message === CATALOGUES[source][key as keyof typeof CATALOGUES.en]).map(([key]) => key);
      const letters = (m: string) => m.replace(/\{\w+\}/g, '').replace(/[^A-Za-z]/g, '');
      // Words Indonesian has taken over as they are ("Audit", "Label").
      const borrowed = ['section.audit', 'filters.verdict'];
      const sameWords = same.filter((key) => !borrowed.includes(key) && !['', 'Assay', 'AI', 'p'].includes(letters(CATALOGUES[source][key as keyof typeof CATALOGUES.en])));
      expect(sameWords).toEqual([]);
    });
  }

  it('has no empty message in any language', () => {
    for (const locale of LOCALES) expect(Object.entries(CATALOGUES[locale]).filter(([, m]) => m.trim() === '').map(([k]) => k), locale).toEqual([]);
  });

  it('gives every counted message both forms', () => {
    const keys = Object.keys(CATALOGUES.en);
    for (const key of keys.filter((k) => k.endsWith('.one'))) expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
    for (const key of keys.filter((k) => k.endsWith('.other') && !k.startsWith('language.'))) expect(keys, key).toContain(key.replace(/\.other$/, '.one'));
  });

  it('keeps the agreed verdict words: precise in Indonesian too', () => {
    setLocale('id');
    expect([t('label.ai'), t('label.human'), t('label.unsure'), t('label.mixed'), t('label.unknown')]).toEqual(['Kemungkinan AI', 'Kemungkinan manusia', 'Tidak yakin', 'Campuran', 'Teks tidak cukup']);
    setLocale('en');
    expect([t('label.ai'), t('label.human'), t('label.unsure'), t('label.mixed'), t('label.unknown')]).toEqual(['Likely AI', 'Likely human', 'Unsure', 'Mixed', 'Not enough text']);
  });
});

describe('choosing and using a language', () => {
  it('follows the first supported language the user prefers', () => {
    expect(pickLocale(['id-ID', 'en-US'])).toBe('id');
    expect(pickLocale(['fr-FR', 'id'])).toBe('id');
    expect(pickLocale(['in'])).toBe('id');
    expect(pickLocale(['en-GB', 'id'])).toBe('en');
    expect(pickLocale(['ja', 'fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('reads a terminal’s language from LC_ALL, LC_MESSAGES, then LANG', () => {
    expect(localeFromEnv({ LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(localeFromEnv({ LANG: 'id_ID.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'id_ID' })).toBe('id');
    expect(localeFromEnv({ LC_ALL: 'C', LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(localeFromEnv({})).toBe('en');
  });

  it('counts in each language’s forms and numbers in its style', () => {
    expect(plural('verdict.words', 1)).toBe('1 word');
    expect(plural('verdict.words', 1234)).toBe('1,234 words');
    setLocale('id');
    expect(plural('verdict.words', 1234)).toBe('1.234 kata');
    expect(decimal(0.42, 2)).toBe('0,42');
    expect(t('verdict.p', { p: decimal(0.5, 2) })).toBe('p 0,50');
  });

  it('tells listeners when the language changes, and t() follows it', () => {
    expect(t('popup.scan')).toBe('Scan this page');
    setLocale('id');
    expect(t('popup.scan')).toBe('Periksa halaman ini');
  });
});

describe('the browser’s _locales files', () => {
  it('are written for every language, with keys Chrome accepts and no key lost to the renaming', () => {
    const files = localeFiles();
    expect(files.map((f) => f.relativeDest)).toEqual(['_locales/en/messages.json', '_locales/id/messages.json']);
    const keys = Object.keys(CATALOGUES.en);
    expect(new Set(keys.map(chromeKey)).size).toBe(keys.length);
    for (const file of files) {
      const messages = JSON.parse(file.contents) as Record<string, { message: string }>;
      for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(messages.ext_name?.message).toBe('Assay');
    }
  });

  it('escape a dollar sign, which starts a placeholder in Chrome’s format', () => {
    expect(chromeMessages({ ...CATALOGUES.en, 'ext.name': 'Costs $5' }).ext_name?.message).toBe('Costs $$5');
  });
});
