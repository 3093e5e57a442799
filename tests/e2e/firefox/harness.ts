import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_HINT, findFirefoxPath } from '../../../scripts/firefox.mjs';
import { allRecordsInExtension, buildExtension, ROOT } from '../harness';
import { startFixtureServer, type FixtureServer } from '../server';

/**
 * Firefox end to end: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, the built
 * Firefox MV3 extension installed as a temporary add-on (BiDi `webExtension.install`, no signing).
 *
 * BiDi may not navigate a tab to a moz-extension:// page, so the e2e build's background opens its own
 * pages when a tab goes to the loopback address `E2E_OPEN_PATH` (entrypoints/background/e2e-bridge.ts);
 * script evaluation in those pages is allowed, and they read the badge, tabs and IndexedDB the
 * extension sees.
 */
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv3-e2e');

/** Pinned through `extensions.webextensions.uuids`, so the extension's pages have a known origin. */
export const EXTENSION_UUID = '6f9d1c3e-2b4a-4c1d-9e8f-0a1b2c3d4e5f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const OPEN_PATH = '/__assay-e2e/open';

export function buildFirefoxExtension(): string {
  return buildExtension(FIREFOX_E2E_BUILD, { ASSAY_E2E: '1' }, ['-b', 'firefox']);
}

export interface FirefoxWithExtension {
  browser: Browser;
  server: FixtureServer;
  /** Opens a fixture page (a path on the loopback server) in a new tab. */
  openTab(path: string): Promise<{ page: Page; url: string }>;
  /** Opens one of the extension's pages (`options.html#/records`, `popup.html?tabId=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionPath: string): Promise<FirefoxWithExtension> {
  const executablePath = findFirefoxPath();
  const geckoId: string = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  if (!executablePath) throw new Error(FIREFOX_HINT);
  // The bridge's address answers with an empty page until the background moves the tab.
  const server = await startFixtureServer(ROOT, { [OPEN_PATH]: { body: '<!doctype html><title>Opening…</title>', type: 'text/html; charset=utf-8' } });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // No calls home from the browser itself: tests use nothing beyond 127.0.0.1.
      'network.proxy.type': 0,
      'browser.safebrowsing.update.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const installed = await browser.installExtension(extensionPath);
  if (installed !== geckoId) throw new Error(`Firefox installed the extension as ${installed}, not ${geckoId}.`);

  const openTab = async (path: string) => {
    const page = await browser.newPage();
    const url = `${server.origin}${path}`;
    await page.goto(url);
    return { page, url };
  };

  const openExtensionPage = async (path: string) => {
    const { page } = await openTab(`${OPEN_PATH}?page=${encodeURIComponent(path)}`);
    // Puppeteer keeps the address it navigated to; the document itself says where it is.
    await page.waitForFunction((origin) => location.origin === origin && document.readyState === 'complete', { timeout: 30_000 }, EXTENSION_ORIGIN);
    return page;
  };

  return {
    browser,
    server,
    openTab,
    openExtensionPage,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The id Firefox gave the tab showing `url`, asked of the extension from one of its pages. */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (target) => (await browser.tabs.query({})).find((tab) => tab.url === target)?.id, url);
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}

/** Every record in the extension's IndexedDB (one origin for its background and its pages). */
export async function readRecords(extensionPage: Page): Promise<any[]> {
  return extensionPage.evaluate(allRecordsInExtension);
}

/** The toolbar badge text and title Firefox shows for a tab. */
export async function toolbarOf(extensionPage: Page, tabId: number): Promise<{ text: string; title: string }> {
  return extensionPage.evaluate(async (id) => ({ text: await browser.action.getBadgeText({ tabId: id }), title: await browser.action.getTitle({ tabId: id }) }), tabId);
}
