import { browser } from 'wxt/browser';
import { forgetTab } from './tab-state';

/** A tab's scan state ends with the tab, or when it navigates to another page. */
export function setupTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) forgetTab(tabId);
  });
}
