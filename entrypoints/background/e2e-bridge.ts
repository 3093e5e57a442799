import { browser } from 'wxt/browser';

declare global {
  interface ImportMetaEnv {
    /** True in the end-to-end test build only (ASSAY_E2E=1, see wxt.config.ts); false, and this module dropped, in the shipped build. */
    readonly ASSAY_E2E: boolean;
  }
}

/**
 * End-to-end build only. WebDriver BiDi may not navigate a tab to a moz-extension:// page, so a Firefox
 * test opens a loopback address that names one of the extension's pages, and the background moves
 * that tab there. Only loopback addresses and the listed pages are honoured.
 */
export const E2E_OPEN_PATH = '/__assay-e2e/open';
const PAGES = new Set(['popup.html', 'options.html']);

/** The extension page (with its query and hash) a loopback test address asks for, if any. */
export function e2ePageOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' || parsed.hostname !== '127.0.0.1' || parsed.pathname !== E2E_OPEN_PATH) return undefined;
  const page = parsed.searchParams.get('page') ?? '';
  const base = 'http://page.invalid/';
  const target = new URL(page, base);
  // A page of this extension only: a relative path, never another address.
  return target.origin === new URL(base).origin && PAGES.has(target.pathname.slice(1)) ? `${target.pathname}${target.search}${target.hash}` : undefined;
}

export function setupE2eBridge(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const page = e2ePageOf(change.url);
    if (page) void browser.tabs.update(tabId, { url: browser.runtime.getURL(page as '/popup.html') });
  });
}
