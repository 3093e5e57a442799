import { afterAll, beforeAll, expect } from 'vitest';
import { ScanRecordSchema, type ScanRecord } from '../../../lib/schema/record';
import { buildExtension, launchWithExtension, openDashboard, readRecords, ROOT, type ExtensionBrowser } from '../harness';
import { startPlatformServer, type PlatformServer } from '../platform-server';

/**
 * One browser per test file, with the platform pages served under their real host names: the file's
 * tests share it (and the platforms they turn on), in order.
 */
export function usePlatformSession(): { readonly ext: ExtensionBrowser; readonly platforms: PlatformServer } {
  let ext: ExtensionBrowser;
  let platforms: PlatformServer;
  beforeAll(async () => {
    const extensionPath = buildExtension();
    platforms = await startPlatformServer(ROOT);
    ext = await launchWithExtension(extensionPath, platforms.chromiumArgs, platforms.hostMap);
  });
  afterAll(async () => {
    await ext?.close();
    await platforms?.close();
  });
  return {
    get ext() {
      return ext;
    },
    get platforms() {
      return platforms;
    },
  };
}

/** Turns a platform on in the dashboard, as a user does, optionally with automatic checks. */
export async function turnOn(ext: ExtensionBrowser, id: 'docs' | 'figma' | 'gmail' | 'outlook', autoScan: boolean, token?: string): Promise<void> {
  const dashboard = await openDashboard(ext, '#/settings/platforms');
  const row = dashboard.locator(`[data-platform="${id}"]`);
  if (token) {
    await row.getByLabel('Figma personal access token').fill(token);
    await row.getByLabel('Figma personal access token').blur();
  }
  // The switches are saved settings, not plain form state: click, then wait for the saved value.
  const main = row.getByRole('checkbox', { name: /^Check (messages|documents|files) in/ });
  await main.click();
  await expect.poll(() => main.isChecked()).toBe(true);
  const auto = row.getByRole('checkbox', { name: /^Check each (message|document|file) as I open it/ });
  if ((await auto.isChecked()) !== autoScan) await auto.click();
  await expect.poll(() => auto.isChecked()).toBe(autoScan);
  // The background registers the platform's content script once the setting lands.
  await expect
    .poll(() => ext.serviceWorker.evaluate(async (sid) => (await chrome.scripting.getRegisteredContentScripts()).some((s) => s.id === sid), `assay-${id}`))
    .toBe(true);
  await dashboard.close();
}

/** Every record in the extension's IndexedDB, checked against the record schema. */
export async function records(ext: ExtensionBrowser): Promise<ScanRecord[]> {
  return (await readRecords(ext)).map((r) => ScanRecordSchema.parse(r));
}
