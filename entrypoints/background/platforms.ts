import { contentScriptMessages, getLocale, registeredCatalogue } from '../../lib/i18n';
import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messaging/receive';
import type { PlatformScanResult } from '../../lib/messaging/protocol';
import { sendToTab } from '../../lib/messaging/send';
import { originsOf, PLATFORM_IDS, PLATFORMS, platformOfUrl, type PlatformId } from '../../lib/platforms/registry';
import { platformResult } from '../../lib/scan/record';
import type { Deliverable } from '../../lib/schema/deliverable';
import type { WritingProcess } from '../../lib/schema/process';
import { platformSettings, type Settings } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import { languageReady } from '../../lib/settings/language';
import { getDatabase } from '../../lib/store/db';
import { findRecords } from '../../lib/store/records';
import type { ScanRecord } from '../../lib/schema/record';
import { scanService } from './scan-service';
import { setStatus } from './tab-state';

/**
 * Platforms in the background: their content scripts are registered at run time, and only while the
 * platform is on and Chrome has granted its hosts, so the manifest asks for none of them. Turning a
 * platform off also tells its open tabs to stop. A content script sends one deliverable; it is
 * checked against the tab it came from and scanned by the one scan service.
 */
const scriptId = (id: PlatformId) => `assay-${id}`;

async function wanted(settings: Settings, id: PlatformId): Promise<boolean> {
  if (!platformSettings(settings, id).enabled) return false;
  return browser.permissions.contains({ origins: originsOf(PLATFORMS[id]) }).catch(() => false);
}

/** Registers or unregisters each platform's content script to match the settings and permissions. */
export async function syncPlatformScripts(settings: Settings): Promise<void> {
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const id of PLATFORM_IDS) {
    const platform = PLATFORMS[id];
    const want = await wanted(settings, id);
    const has = registered.has(scriptId(id));
    if (want && !has) {
      await browser.scripting.registerContentScripts([{ id: scriptId(id), js: [platform.script as never], matches: platform.matches, runAt: 'document_idle', persistAcrossSessions: true }]);
      // Tabs already open on the platform get the script now, without a reload.
      const tabs = await browser.tabs.query({ url: platform.matches });
      await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [platform.script as never] }).catch(() => undefined))));
    } else if (!want && has) {
      await browser.scripting.unregisterContentScripts({ ids: [scriptId(id)] });
      // Tabs still running it stop now: observers, chips and highlights go.
      const tabs = await browser.tabs.query({ url: platform.matches }).catch(() => []);
      await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'platform.stop', {}).catch(() => undefined))));
    }
  }
}

/**
 * A content script may only send a deliverable of its own platform and origin: a Gmail tab cannot file
 * a record as Outlook's, nor for another site.
 */
export function checkPlatformSender(deliverable: Deliverable, tabUrl: string | undefined): string | undefined {
  if (!tabUrl) return 'No tab sent this message.';
  const platform = platformOfUrl(tabUrl);
  if (!platform) return 'This page is not a platform Assay reads.';
  // Figma files are read by the background from the tab's address, never sent by the page.
  if (platform === 'figma') return 'Figma files are read by Assay itself, not sent by the page.';
  if (deliverable.source.kind !== platform) return `A ${platform} page cannot send a ${deliverable.source.kind} deliverable.`;
  let origin: string;
  try {
    origin = new URL(deliverable.source.url).origin;
  } catch {
    return 'The message has no valid address.';
  }
  if (origin !== new URL(tabUrl).origin) return 'The message does not belong to the page that sent it.';
  return undefined;
}

/**
 * Scans a deliverable a platform produced with the one scan service, and answers with what its chip
 * needs, second opinions included. The sender's tab hears the progress too, so its popup can show it.
 */
export async function scanForPlatform(deliverable: Deliverable, tabId: number | undefined, process?: WritingProcess): Promise<PlatformScanResult> {
  const record = await scanService.scan({ deliverable, process }, { progress: (status) => (tabId === undefined ? undefined : setStatus({ tabId, ...status })) });
  return platformResult(record);
}

/** The newest record of the document a platform tab shows, found by the platform's own document key. */
export async function platformRecord(url: string): Promise<ScanRecord | undefined> {
  const id = platformOfUrl(url);
  if (!id) return undefined;
  const platform = PLATFORMS[id];
  const key = platform.documentKey({ url });
  if (!key) return undefined;
  return (await findRecords(getDatabase(), id, (record) => platform.documentKey(record.source) === key))[0];
}

/** Asks a platform tab's own feature to check again; false when it is not running there (platform off). */
export async function recheckPlatformTab(tabId: number, url: string): Promise<boolean> {
  const id = platformOfUrl(url);
  if (!id || !platformSettings(await loadSettings(), id).enabled) return false;
  return sendToTab(tabId, 'platform.recheck', {}).then(
    () => true,
    () => false,
  );
}

export function setupPlatforms(): void {
  const sync = (settings: Settings) => syncPlatformScripts(settings).catch((e: unknown) => console.warn('[assay] platform scripts:', e));
  void loadSettings().then(sync);
  watchSettings(sync);
  browser.permissions.onAdded.addListener(() => void loadSettings().then(sync));
  browser.permissions.onRemoved.addListener(() => void loadSettings().then(sync));

  onMessages({
    'platform.scan': async ({ deliverable, process }, sender) => {
      const refused = checkPlatformSender(deliverable, sender.tab?.url ?? sender.url);
      if (refused) throw new Error(refused);
      // Writing history exists only where the platform keeps one.
      return scanForPlatform(deliverable, sender.tab?.id, deliverable.source.kind === 'docs' ? process : undefined);
    },
    'platform.config': async ({ platform }, sender) => {
      if (platformOfUrl(sender.tab?.url ?? sender.url ?? '') !== platform) throw new Error('This page is not that platform.');
      const settings = await loadSettings();
      const mine = platformSettings(settings, platform);
      // A service worker just woken by this page has not read the user's language yet.
      await languageReady();
      return { enabled: mine.enabled, autoScan: mine.autoScan, highlights: settings.highlights, locale: getLocale(), messages: contentScriptMessages(registeredCatalogue(getLocale())) };
    },
  });
}
