import { browser } from 'wxt/browser';
import { clearBadge } from './badge';
import { forgetTab } from './tab-state';

/** The address of a page without its fragment: a `#section` jump is the same page, a new path is not. */
export function samePage(previous: string | undefined, next: string): boolean {
  if (previous === undefined) return false;
  return previous.split('#')[0] === next.split('#')[0];
}

/**
 * A tab's scan state and toolbar badge end with the tab, or when it goes to another page: Chrome keeps
 * a tab's badge across navigation, so the last page's verdict would otherwise sit on the next page.
 */
export function setupTabs(): void {
  const pages = new Map<number, string>();
  browser.tabs.onRemoved.addListener((tabId) => {
    pages.delete(tabId);
    forgetTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const previous = pages.get(tabId);
    pages.set(tabId, change.url);
    if (samePage(previous, change.url)) return;
    forgetTab(tabId);
    void clearBadge(tabId).catch(() => undefined);
  });
}
