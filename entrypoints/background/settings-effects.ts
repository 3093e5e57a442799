import { browser } from 'wxt/browser';
import { sendToTab } from '../../lib/messaging/send';
import { watchSettings } from '../../lib/settings/storage';
import { clearHighlightOverrides } from './tab-state';

/**
 * Settings apply at once: turning highlights off in the dashboard hides them in every tab whose page
 * script is running (tabs without it simply do not answer).
 */
export function setupSettingsEffects(): void {
  let highlights: boolean | undefined;
  watchSettings(async (settings) => {
    if (settings.highlights === highlights) return;
    highlights = settings.highlights;
    clearHighlightOverrides();
    const tabs = await browser.tabs.query({});
    await Promise.all(
      tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'page.visibility', { visible: settings.highlights }).catch(() => undefined))),
    );
  });
}
