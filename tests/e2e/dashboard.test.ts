import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { record } from '../component/fixtures';
import { buildExtension, launchWithExtension, openDashboard, openPopup, readRecords, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * The dashboard as an app, in real Chromium: every section has its own address and is on screen
 * without scrolling at 1280×800, usable at 800×600; a record opens from its address (a reload, the
 * popup's link); back and forward move between sections. Screenshots of each section go to
 * test-results/dashboard/.
 */
const SHOTS = join(ROOT, 'test-results/dashboard');
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 800, height: 600 };

/** Each section: its address, its navigation label and its page heading. */
const SECTIONS = [
  { hash: '#/records', nav: /^Records/, heading: 'Records' },
  { hash: '#/audit', nav: /^Audit/, heading: 'Audit' },
  { hash: '#/certificates', nav: /^Certificates/, heading: 'Certificates' },
  { hash: '#/images', nav: /^Check images/, heading: 'Check images' },
  { hash: '#/settings', nav: /^Settings/, heading: 'Settings' },
] as const;

const RECORDS = [
  record({ id: '5b0c8a52-1f0e-4d0b-9a51-0a7e1b2c3d01', scannedAt: Date.now() - 60_000, source: { kind: 'page', url: 'https://studio.example/brand-strategy', title: 'Brand strategy for Harbour & Co' } }, 'mixed'),
  record({ id: '5b0c8a52-1f0e-4d0b-9a51-0a7e1b2c3d02', scannedAt: Date.now() - 3_600_000, source: { kind: 'page', url: 'https://blog.example/travel', title: 'Travel blog: three days in Porto' } }, 'human'),
  record({ id: '5b0c8a52-1f0e-4d0b-9a51-0a7e1b2c3d03', scannedAt: Date.now() - 86_400_000, source: { kind: 'sample', url: 'samples/deliverable.html', title: 'Sample deliverable' } }, 'ai'),
];

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const extensionPath = buildExtension();
  server = await startFixtureServer(ROOT);
  ext = await launchWithExtension(extensionPath);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** True when the element is wholly inside the window as it is, without scrolling, and nothing covers it. */
function inView(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

/** The page's scroll position and whether anything is wider than the window. */
function layout(page: Page): Promise<{ scrollY: number; overflowX: boolean }> {
  return page.evaluate(() => ({ scrollY: window.scrollY, overflowX: document.documentElement.scrollWidth > window.innerWidth }));
}

const hashOf = (page: Page) => new URL(page.url()).hash;
const navLink = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name });

describe('the dashboard app', () => {
  it('opens on Records with a first-run empty state, all on screen at 1280×800', async () => {
    const page = await openDashboard(ext);
    await page.setViewportSize(WIDE);
    const empty = page.getByRole('region', { name: 'No records yet' });
    await empty.waitFor();
    expect(hashOf(page)).toBe('#/records');
    await expect(navLink(page, /^Records/).getAttribute('aria-current')).resolves.toBe('page');
    expect(await inView(page, empty)).toBe(true);
    expect(await inView(page, page.getByRole('navigation', { name: 'Dashboard' }))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'records-empty-1280.png') });
    await page.close();
  });

  it('imports records, then reaches every section from the navigation, each at its address and on screen without scrolling', async () => {
    const page = await openDashboard(ext, '#/records');
    await page.setViewportSize(WIDE);
    await page.getByLabel('Assay export to import').setInputFiles({ name: 'assay-records.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(RECORDS)) });
    await page.getByRole('status').filter({ hasText: 'Imported assay-records.json: 3 new records.' }).waitFor();
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(3);
    expect((await readRecords(ext)).length).toBe(3);

    for (const section of SECTIONS) {
      await navLink(page, section.nav).click();
      const heading = page.getByRole('heading', { level: 1, name: section.heading, exact: true });
      await heading.waitFor();
      expect(hashOf(page).startsWith(section.hash)).toBe(true);
      await expect(navLink(page, section.nav).getAttribute('aria-current')).resolves.toBe('page');
      await expect(page.title()).resolves.toBe(`${section.heading} · Assay dashboard`);
      expect(await inView(page, heading)).toBe(true);
      expect(await inView(page, navLink(page, section.nav))).toBe(true);
      expect(await layout(page)).toEqual({ scrollY: 0, overflowX: false });
      await page.screenshot({ path: join(SHOTS, `${section.hash.slice(2)}-1280.png`) });
    }
    // Settings opened on General; each of its pages has its own address too.
    expect(hashOf(page)).toBe('#/settings/general');
    for (const [name, hash] of [['Platforms', '#/settings/platforms'], ['Second opinions', '#/settings/second-opinions'], ['Images', '#/settings/images']] as const) {
      await page.getByRole('navigation', { name: 'Settings pages' }).getByRole('link', { name }).click();
      await expect.poll(() => hashOf(page)).toBe(hash);
      await page.locator(`[data-settings-page="${hash.split('/')[2]}"]`).waitFor();
      await page.screenshot({ path: join(SHOTS, `settings-${hash.split('/')[2]}-1280.png`) });
    }

    // Back and forward walk the same addresses.
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('#/settings/second-opinions');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('#/settings/general');
    await page.goBack();
    await expect.poll(() => hashOf(page)).toBe('#/images');
    await page.getByRole('heading', { level: 1, name: 'Check images' }).waitFor();
    await page.goForward();
    await page.getByLabel('Highlight passages in the page').waitFor();
    await page.close();
  });

  it('moves between sections from the keyboard alone', async () => {
    const page = await openDashboard(ext, '#/records');
    await page.setViewportSize(WIDE);
    await page.getByTestId('record-row').first().waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#/records');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Certificates' }).waitFor();
    expect(hashOf(page)).toBe('#/certificates');
    // The focused item is drawn with a visible outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });

  it('opens a record from its address, keeps it on reload, and says so for one that is not here', async () => {
    const [first, second] = RECORDS;
    const page = await openDashboard(ext, `#/records/${second!.id}`);
    await page.setViewportSize(WIDE);
    const detail = page.getByRole('region', { name: 'Record detail' });
    await detail.getByRole('heading', { name: second!.source.title! }).waitFor();
    // Beside the list at this width, and on screen.
    await expect(page.getByTestId('record-row').count()).resolves.toBe(3);
    expect(await inView(page, detail.getByRole('heading', { name: second!.source.title! }))).toBe(true);
    expect(await layout(page)).toEqual({ scrollY: 0, overflowX: false });
    await page.screenshot({ path: join(SHOTS, 'record-1280.png') });

    await page.reload();
    await detail.getByRole('heading', { name: second!.source.title! }).waitFor();
    await page.getByTestId('record-row').filter({ hasText: first!.source.title! }).click();
    await expect.poll(() => hashOf(page)).toBe(`#/records/${first!.id}`);
    await detail.getByRole('heading', { name: first!.source.title! }).waitFor();
    await page.goBack();
    await detail.getByRole('heading', { name: second!.source.title! }).waitFor();

    await page.goto(page.url().replace(/#.*$/, '#/records/not-a-record-here'));
    await page.getByRole('region', { name: 'Record not found' }).waitFor();
    await page.close();
  });

  it('is usable at 800×600: a bar across the top, every section reachable, a record in place of the list', async () => {
    const page = await openDashboard(ext, '#/records');
    await page.setViewportSize(NARROW);
    await page.getByTestId('record-row').first().waitFor();
    const nav = page.getByRole('navigation', { name: 'Dashboard' });
    const navBox = await nav.boundingBox();
    expect(navBox!.y).toBeLessThan(60);
    for (const section of SECTIONS) {
      const link = navLink(page, section.nav);
      expect(await inView(page, link)).toBe(true);
      await link.click();
      const heading = page.getByRole('heading', { level: 1, name: section.heading, exact: true });
      await heading.waitFor();
      expect(await inView(page, heading)).toBe(true);
      expect((await layout(page)).overflowX).toBe(false);
      await page.screenshot({ path: join(SHOTS, `${section.hash.slice(2)}-800.png`) });
    }

    await navLink(page, /^Records/).click();
    await page.getByTestId('record-row').first().click();
    const detail = page.getByRole('region', { name: 'Record detail' });
    await detail.waitFor();
    expect(await inView(page, detail.getByRole('heading', { level: 2 }).first())).toBe(true);
    expect(await inView(page, detail.getByRole('button', { name: 'Close' }))).toBe(true);
    await expect(page.getByTestId('record-row').first().isVisible()).resolves.toBe(false);
    expect((await layout(page)).overflowX).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'record-800.png') });
    await detail.getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('record-row').first().waitFor();
    expect(hashOf(page)).toBe('#/records');
    await page.close();
  });

  it('the popup opens the record it shows, in a dashboard tab it reuses', async () => {
    const tab = await ext.context.newPage();
    const url = `${server.origin}/samples/deliverable.html`;
    await tab.goto(url);
    const popup = await openPopup(ext, await tabIdOf(ext, url));
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
    const scanned = (await readRecords(ext)).find((r) => r.source.url === url);
    expect(scanned).toBeDefined();

    for (const open of ext.context.pages().filter((p) => p.url().includes('/options.html'))) await open.close();
    const [dashboard] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open dashboard' }).click()]);
    await dashboard.waitForLoadState();
    expect(hashOf(dashboard)).toBe(`#/records/${scanned.id}`);
    await dashboard.getByRole('region', { name: 'Record detail' }).getByRole('heading', { name: scanned.source.title }).waitFor();

    // With the dashboard open, the link points that tab at the record rather than opening another.
    await dashboard.evaluate(() => (window.location.hash = '#/settings/general'));
    await dashboard.getByLabel('Highlight passages in the page').waitFor();
    const pagesBefore = ext.context.pages().length;
    await popup.getByRole('button', { name: 'Open dashboard' }).click();
    await expect.poll(() => hashOf(dashboard)).toBe(`#/records/${scanned.id}`);
    await dashboard.getByRole('region', { name: 'Record detail' }).waitFor();
    expect(ext.context.pages().length).toBe(pagesBefore);
    await popup.close();
    await dashboard.close();
    await tab.close();
  });
});
