import { browser } from 'wxt/browser';
import { platformOfUrl } from '../../lib/platforms/registry';
import { isAutoScanSite } from '../../lib/settings/hosts';
import { loadSettings } from '../../lib/settings/storage';
import { scanTab } from './page-scan';
import { isScanning } from './tab-state';

/**
 * Auto-scan: pages on the sites the user listed in the dashboard are scanned as they finish loading,
 * with the host permission the user granted when saving the list (no click, so no activeTab). A page
 * whose text is unchanged since its record is shown again, not scanned again; platform pages have
 * their own automatic checks.
 */
export function setupAutoScan(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const url = tab.url;
    void (async () => {
      const settings = await loadSettings();
      if (!isAutoScanSite(url, settings.autoScanSites) || platformOfUrl(url) || isScanning(tabId)) return;
      const origin = `${new URL(url).origin}/*`;
      if (!(await browser.permissions.contains({ origins: [origin] }).catch(() => false))) return;
      await scanTab(tabId, { auto: true });
    })().catch((error: unknown) => console.warn('[assay] auto-scan:', error));
  });
}
