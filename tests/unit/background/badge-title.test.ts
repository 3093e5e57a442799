import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VERDICTS } from '../../component/fixtures';

/** The toolbar icon's title says the verdict in the user's language: their choice, else the browser's. */
describe('the toolbar badge title', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  async function titleFor(language: string | undefined, uiLanguage = 'en-US'): Promise<string> {
    if (language) await fakeBrowser.storage.local.set({ language });
    const { browser } = await import('wxt/browser');
    const setTitle = vi.fn(async () => undefined);
    Object.assign(browser, {
      action: { setBadgeBackgroundColor: vi.fn(async () => undefined), setBadgeText: vi.fn(async () => undefined), setTitle },
      i18n: { getUILanguage: () => uiLanguage },
    });
    // Fresh modules: the catalogues are registered again, as the background's entry does.
    await import('../../../lib/i18n/all');
    const { showBadge } = await import('../../../entrypoints/background/badge');
    await showBadge(3, VERDICTS.mixed.verdict);
    return (setTitle.mock.calls[0] as unknown as [{ title: string }])[0].title;
  }

  it('is English by default', async () => {
    expect(await titleFor(undefined)).toBe('Assay: Mixed · 42% AI');
  });

  it('follows an Indonesian browser', async () => {
    expect(await titleFor(undefined, 'id')).toBe('Assay: Campuran · 42% AI');
  });

  it('follows the choice in settings over the browser', async () => {
    expect(await titleFor('id', 'en-US')).toBe('Assay: Campuran · 42% AI');
    vi.resetModules();
    fakeBrowser.reset();
    expect(await titleFor('en', 'id')).toBe('Assay: Mixed · 42% AI');
  });
});
