import '../../lib/i18n/all';
import { browser } from 'wxt/browser';
import { setupDetection } from './detection';
import { setupPageScan } from './page-scan';
import { setupAutoScan } from './auto-scan';
import { carryOverUsage } from './remote';
import { setupTabs } from './tabs';
import { setupSettingsEffects } from './settings-effects';
import { setupPlatforms } from './platforms';
import { setupFigma } from './figma';
import { setupCertify } from './certify';
import { setupE2eBridge } from './e2e-bridge';
import { closeStorageToContentScripts, type LocalStorageArea } from '../../lib/settings/access-level';

/**
 * Settings hold API keys and the Figma token; content scripts never need them (they ask the background),
 * so storage.local is closed to them where Chrome allows it (storage.local access levels: recent Chrome).
 */
function keepStorageFromContentScripts(): void {
  void closeStorageToContentScripts(browser.storage.local as typeof browser.storage.local & LocalStorageArea);
}

export default defineBackground({
  type: 'module',
  main() {
    keepStorageFromContentScripts();
    setupDetection();
    setupPageScan();
    setupAutoScan();
    setupTabs();
    setupSettingsEffects();
    setupPlatforms();
    setupFigma();
    setupCertify();
    // A constant false outside the e2e build: the bridge is not in the shipped background.
    if (import.meta.env.ASSAY_E2E) setupE2eBridge();
    void carryOverUsage().catch((e: unknown) => console.warn('[assay] word budget:', e));
  },
});
