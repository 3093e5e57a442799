import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptMessages, LOCALES, NOT_FOR_CONTENT_SCRIPTS, pageMessages } from '../../../lib/i18n';
import { CATALOGUES } from '../../../lib/i18n/all';
import { PlatformConfigSchema, SentMessagesSchema } from '../../../lib/messaging/page-protocol';
import { ruleSchema } from '../../../lib/messaging/rules';
import { PLATFORM_CONFIG_REPLY } from '../../../lib/messaging/rules.generated';

/**
 * The words the background sends to content scripts must pass the wire's checks, in every language:
 * a catalogue that grows past them (one long message is enough) would leave every chip and panel
 * without its settings, silently.
 */
const ROOT = join(import.meta.dirname, '../../..');
const config = (locale: (typeof LOCALES)[number]) => ({ enabled: true, autoScan: false, highlights: true, locale, messages: contentScriptMessages(CATALOGUES[locale]) });

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the messages sent to content scripts', () => {
  it.each(LOCALES)('%s: the platform settings with their catalogue pass the zod schema and the content scripts’ rule', (locale) => {
    expect(PlatformConfigSchema.safeParse(config(locale)).success).toBe(true);
    const checked = ruleSchema(PLATFORM_CONFIG_REPLY).safeParse(config(locale));
    expect(checked.success).toBe(true);
  });

  it.each(LOCALES)('%s: the page script’s part passes too', (locale) => {
    expect(SentMessagesSchema.safeParse(pageMessages(CATALOGUES[locale])).success).toBe(true);
  });

  it('leaves out only areas no content script uses', () => {
    const inPage = [...sources(join(ROOT, 'lib/platforms')), ...sources(join(ROOT, 'lib/page')), join(ROOT, 'lib/report/labels.ts'), join(ROOT, 'lib/ui/writing-history.ts')];
    const used = inPage.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\b(?:t|plural)\(\s*[`']([\w.-]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => NOT_FOR_CONTENT_SCRIPTS.some((prefix) => key.startsWith(prefix)))).toEqual([]);
  });
});
