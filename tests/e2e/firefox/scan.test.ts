import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { highlightsOf } from '../../../lib/scan/record';
import { ScanRecordSchema } from '../../../lib/schema/record';
import { buildFirefoxExtension, launchFirefoxWithExtension, readRecords, tabIdOf, toolbarOf, type FirefoxWithExtension } from './harness';

/**
 * The Firefox MV3 build in Debian's firefox-esr: a page scanned from the popup gets its provenance
 * badge, toolbar badge, highlights and record, and the dashboard lists the record. In Firefox the
 * detector's worker runs in an iframe of the background event page (no offscreen documents), so this
 * is also the test of that path.
 */
let firefox: FirefoxWithExtension;
/** An extension page kept open to ask the extension about tabs, the badge and IndexedDB. */
let probe: Page;

beforeAll(async () => {
  const extensionPath = buildFirefoxExtension();
  firefox = await launchFirefoxWithExtension(extensionPath);
  probe = await firefox.openExtensionPage('options.html#/settings');
});

afterAll(async () => {
  await firefox?.close();
});

/**
 * What the page itself can see of the overlay: that it is there, and nothing more (no attributes, a
 * closed shadow root). The boxes inside are counted in Chromium through DevTools (tests/e2e/scan.test.ts);
 * Firefox's BiDi session offers no view into a closed shadow root.
 */
function overlayAsThePageSeesIt(page: Page): Promise<{ attributes: string[]; shadowRootOpen: boolean } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('assay-overlay');
    if (!host) return null;
    return { attributes: host.getAttributeNames().filter((name) => name !== 'style'), shadowRootOpen: host.shadowRoot !== null };
  });
}

describe('Firefox: scanning a page end to end', () => {
  let tab: { page: Page; url: string; tabId: number };
  let popup: Page;

  it('scans the page from the popup and shows the provenance badge', async () => {
    const opened = await firefox.openTab('/samples/deliverable.html');
    tab = { ...opened, tabId: await tabIdOf(probe, opened.url) };
    popup = await firefox.openExtensionPage(`popup.html?tabId=${tab.tabId}`);
    await popup.locator('button::-p-text(Scan this page)').click();
    const badge = await popup.waitForSelector('[data-testid="provenance-badge"]', { timeout: 90_000 });
    expect(['mixed', 'ai']).toContain(await badge!.evaluate((el) => el.getAttribute('data-label')));
    const text = await badge!.evaluate((el) => el.textContent ?? '');
    expect(text).toMatch(/probability that this text is machine-written/i);
    // Which detectors took part is folded below the verdict, with the passages.
    const details = await popup.waitForSelector('[data-testid="passages-fold"]');
    expect(await details!.evaluate((el) => el.textContent ?? '')).toMatch(/Assay local detector/i);
  });

  it('keeps a complete record in the extension’s IndexedDB', async () => {
    const record = ScanRecordSchema.parse((await readRecords(probe)).find((r) => r.source.url === tab.url));
    expect(record.source.kind).toBe('page');
    expect(record.source.title).toMatch(/Harbour Street/);
    expect(record.segments.some((s) => s.label === 'ai')).toBe(true);
    expect(record.segments.some((s) => s.label === 'human' || s.label === 'unsure')).toBe(true);
  });

  it('sets the toolbar badge to the AI share and its title to the verdict in words', async () => {
    const record = ScanRecordSchema.parse((await readRecords(probe)).find((r) => r.source.url === tab.url));
    const toolbar = await toolbarOf(probe, tab.tabId);
    expect(toolbar.text).toBe(`${Math.round(record.verdict.aiShare * 100)}%`);
    expect(toolbar.title).toMatch(/^Assay: (Likely AI|Mixed) · \d+% AI$/);
  });

  it('draws the highlights in an overlay the page cannot read the verdict from', async () => {
    const record = ScanRecordSchema.parse((await readRecords(probe)).find((r) => r.source.url === tab.url));
    expect(highlightsOf(record).length).toBeGreaterThan(0);
    await tab.page.waitForFunction(() => document.querySelector('assay-overlay') !== null, { timeout: 20_000 });
    expect(await overlayAsThePageSeesIt(tab.page)).toEqual({ attributes: [], shadowRootOpen: false });
  });

  it('lists the record in the dashboard', async () => {
    const dashboard = await firefox.openExtensionPage('options.html#/records');
    await dashboard.waitForSelector('[data-testid="record-row"]', { timeout: 30_000 });
    const rows = await dashboard.$$eval('[data-testid="record-row"]', (els) => els.map((el) => el.textContent ?? ''));
    expect(rows.filter((row) => /Harbour Street/.test(row))).toHaveLength(1);
    await dashboard.close();
  });
});
