// @vitest-environment happy-dom
import { LOCALES, type MessageKey } from '../../../lib/i18n';
import { CATALOGUES } from '../../../lib/i18n/all';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originsOf, PLATFORM_IDS, PLATFORMS, platformOfUrl, sourceKindText } from '../../../lib/platforms/registry';
import { pageWide } from '../../../lib/platforms/selectors';
import { SourceKindSchema } from '../../../lib/schema/deliverable';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/platforms');
/** Folders under lib/platforms that are shared by several platforms, not platforms themselves. */
const SHARED = new Set(['mail']);

/** A page of each platform as a user opens it, and a record the platform files for it. */
const SAMPLE: Record<string, { page: string; record: { url: string; thread?: string } }> = {
  docs: { page: 'https://docs.google.com/document/u/1/d/1AssayFixtureEditorAccessAbCdEf/edit?usp=sharing#heading=h.k1', record: { url: 'https://docs.google.com/document/d/1AssayFixtureEditorAccessAbCdEf/edit' } },
  figma: { page: 'https://www.figma.com/design/AssayFixtureLanding01/Harbour-Street?node-id=1-2&t=x', record: { url: 'https://www.figma.com/design/AssayFixtureLanding01' } },
  gmail: { page: 'https://mail.google.com/mail/u/0/#label/clients/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH', record: { url: 'https://mail.google.com/mail/u/0/#all/18d5a1b2c3d4e5f7', thread: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH' } },
  outlook: { page: 'https://outlook.office.com/mail/0/sentitems/id/AAQkAGI2TG93AAA%3D', record: { url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D#UniqueMessageBody_2', thread: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D' } },
};

describe('every platform is complete: one folder, registered once', () => {
  it('every platform folder is registered, and every registered platform has a folder', () => {
    const folders = readdirSync(join(ROOT, 'lib/platforms')).filter((f) => statSync(join(ROOT, 'lib/platforms', f)).isDirectory() && !SHARED.has(f));
    expect(folders.sort()).toEqual([...PLATFORM_IDS].sort());
    expect(Object.keys(PLATFORMS).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  describe.each(PLATFORM_IDS)('%s', (id) => {
    const platform = PLATFORMS[id];
    const folder = join(ROOT, 'lib/platforms', id);

    it('has its definition: name, match patterns, wording for the dashboard and the popup', () => {
      expect(platform.id).toBe(id);
      for (const text of [platform.name, platform.noun]) expect(text.trim().length).toBeGreaterThan(2);
      // Its wording, in every language.
      for (const locale of LOCALES)
        for (const key of [`platform.hint.${platform.id}`, `dashboard.platform.${platform.id}.switch`, `dashboard.platform.${platform.id}.why`, `dashboard.platform.${platform.id}.auto`])
          expect(CATALOGUES[locale][key as MessageKey]?.trim().length, `${locale} ${key}`).toBeGreaterThan(2);
      expect(platform.matches.length).toBeGreaterThan(0);
      for (const pattern of originsOf(platform)) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/([a-z]+\/)?\*$/);
      expect(sourceKindText(id)).toBe(platform.name);
    });

    it('is a record kind', () => {
      expect(SourceKindSchema.options).toContain(id);
    });

    it('has its feature (content.ts), its page helpers, and a content script that only starts it with WXT’s ctx', () => {
      expect(existsSync(join(folder, 'index.ts'))).toBe(true);
      expect(readFileSync(join(folder, 'content.ts'), 'utf8')).toMatch(/export const start\b/);
      expect(existsSync(join(folder, 'page.ts'))).toBe(true);
      const script = readFileSync(join(ROOT, 'entrypoints', `${id}.content.ts`), 'utf8');
      expect(script).toContain(`from '../lib/platforms/${id}/content'`);
      expect(script).toContain(`runPlatformFeature('${id}', ctx, start)`);
      // The platform's page helpers, not its definition or the registry: those would bundle their wording (or every platform) into the script.
      expect(script).toContain(`import { MATCHES } from '../lib/platforms/${id}/page'`);
      expect(script).toContain('matches: MATCHES,');
      expect(script).toContain("registration: 'runtime'");
      expect(platform.script).toBe(`content-scripts/${id}.js`);
    });

    it('has its extractor', () => {
      const extractor = id === 'gmail' || id === 'outlook' ? join(ROOT, 'lib/platforms/mail/extract.ts') : join(folder, 'extract.ts');
      expect(existsSync(extractor)).toBe(true);
    });

    it('has fixtures, and selectors that each name a fixture they match as many times as they say', () => {
      expect(existsSync(join(FIXTURES, id))).toBe(true);
      const selectors = Object.values(platform.selectors);
      if (platform.reads === 'api') expect(selectors).toEqual([]);
      else expect(selectors.length).toBeGreaterThan(0);
      for (const s of selectors) {
        const html = readFileSync(join(FIXTURES, s.fixture), 'utf8');
        const doc = new DOMParser().parseFromString(html, 'text/html');
        expect(doc.querySelectorAll(pageWide(s)).length, `${id}: ${s.selector} in ${s.fixture}`).toBe(s.count);
        expect(s.finds.length).toBeGreaterThan(3);
      }
    });

    it('finds its records by its own document key, whatever address the tab shows', () => {
      const sample = SAMPLE[id]!;
      expect(platformOfUrl(sample.page)).toBe(id);
      const key = platform.documentKey({ url: sample.page });
      expect(key).toBeDefined();
      expect(platform.documentKey(sample.record)).toBe(key);
    });
  });
});

describe('document keys', () => {
  it.each([
    ['docs', 'https://docs.google.com/document/d/1AssayFixtureEditorAccessAbCdEf/edit?tab=t.minutes', 'https://docs.google.com/document/d/1AssayFixtureEditorAccessAbCdEf/edit'],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH', 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH'],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvZ'],
    ['figma', 'https://www.figma.com/design/AssayFixtureLanding01/x', 'https://www.figma.com/design/AssayFixtureLanding02/x'],
  ] as const)('%s tells %s and %s apart', (id, a, b) => {
    expect(PLATFORMS[id].documentKey({ url: a })).not.toBe(PLATFORMS[id].documentKey({ url: b }));
  });

  it('has no key for a page that shows no document (an inbox, a file list)', () => {
    expect(PLATFORMS.gmail.documentKey({ url: 'https://mail.google.com/mail/u/0/#inbox' })).toBeUndefined();
    expect(PLATFORMS.figma.documentKey({ url: 'https://www.figma.com/files/recent' })).toBeUndefined();
    expect(PLATFORMS.outlook.documentKey({ url: 'https://outlook.office.com/mail/inbox' })).toBeUndefined();
  });
});
