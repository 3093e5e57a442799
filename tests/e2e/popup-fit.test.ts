import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_SERVER } from '../../lib/server/config';
import { startServer, type RunningServer } from '../../lib/server/start';
import { buildExtension, enableAssayServer, launchWithExtension, openPopup, readRecords, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

/** Chrome draws a popup at most 600 px tall; what does not fit scrolls. */
const POPUP_MAX_HEIGHT = 600;
const SHOTS = join(ROOT, 'docs/screenshots');

let ext: ExtensionBrowser;
let pages: FixtureServer;
let assay: RunningServer;

beforeAll(async () => {
  const extensionPath = buildExtension();
  pages = await startFixtureServer(ROOT);
  assay = await startServer({ ...DEFAULT_SERVER, port: 0 }, { log: () => undefined });
  ext = await launchWithExtension(extensionPath);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await assay?.close(1_000);
});

/** The popup's own height, and how far down each part the user must see at once ends. */
async function layout(popup: Page) {
  return popup.evaluate(() => {
    const bottom = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? Math.ceil(el.getBoundingClientRect().bottom) : null;
    };
    return {
      height: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
      verdict: bottom('.badge-head'),
      meaning: bottom('[data-testid="provenance-badge"] .meaning'),
      counts: bottom('[data-testid="counts"]'),
      combined: bottom('[data-testid="combined"]'),
    };
  });
}

describe('the popup on the demo deliverable, with a second opinion', () => {
  let tabId: number;
  const url = () => `${pages.origin}/samples/deliverable.html`;

  it('shows the verdict, its meaning, the counts and the combined opinion within 600 px', async () => {
    await enableAssayServer(ext, assay.url, 20);
    const page = await ext.context.newPage();
    await page.goto(url());
    tabId = await tabIdOf(ext, url());
    const popup = await openPopup(ext, tabId);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await readRecords(ext)).find((r) => r.source.url === url())?.remote?.providers?.length ?? 0, { timeout: 30_000 }).toBe(1);
    await popup.reload();
    await popup.getByTestId('provenance-badge').waitFor();
    await popup.getByTestId('combined').waitFor();
    const sizes = await layout(popup);
    console.log(`popup layout (en): ${JSON.stringify(sizes)}`);
    await popup.screenshot({ path: join(SHOTS, 'popup-en.png'), fullPage: true });
    expect(sizes.height).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    for (const part of ['verdict', 'meaning', 'counts', 'combined'] as const) {
      expect(sizes[part], part).not.toBeNull();
      expect(sizes[part]!, part).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    }
  });

  it('keeps passages and second opinions below, collapsed until opened', async () => {
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('combined').waitFor();
    const details = popup.getByText('Passages and evidence');
    await expect(popup.locator('.passages').first().isVisible()).resolves.toBe(false);
    await details.click();
    await popup.locator('.passages').first().waitFor();
    await expect(popup.getByRole('region', { name: 'Second opinions' }).isVisible()).resolves.toBe(false);
    await popup.getByText('Second opinions', { exact: true }).click();
    await expect(popup.getByRole('region', { name: 'Second opinions' }).textContent()).resolves.toMatch(/Assay server: .*passages sent/);
    await popup.screenshot({ path: join(SHOTS, 'popup-en-expanded.png'), fullPage: true });
  });

  it('speaks Indonesian when the user chooses it in settings, and still fits', async () => {
    await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ language: 'id' }));
    const popup = await openPopup(ext, tabId);
    await popup.getByTestId('combined').waitFor();
    await expect(popup.getByTestId('provenance-badge').textContent()).resolves.toMatch(/Kemungkinan AI|Campuran/);
    await expect(popup.getByRole('button', { name: 'Periksa ulang' }).isVisible()).resolves.toBe(true);
    const sizes = await layout(popup);
    console.log(`popup layout (id): ${JSON.stringify(sizes)}`);
    await popup.screenshot({ path: join(SHOTS, 'popup-id.png'), fullPage: true });
    expect(sizes.height).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    for (const part of ['verdict', 'meaning', 'counts', 'combined'] as const) expect(sizes[part]!, part).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    await ext.serviceWorker.evaluate(() => chrome.storage.local.remove('language'));
  });
});
