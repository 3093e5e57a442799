import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messaging/receive';
import type { PlatformScanResult } from '../../lib/messaging/protocol';
import { originsOf, PLATFORM_IDS, PLATFORMS, platformOfUrl, type PlatformId } from '../../lib/platforms/registry';
import { platformResult } from '../../lib/scan/record';
import type { Deliverable } from '../../lib/schema/deliverable';
import type { WritingProcess } from '../../lib/platforms/docs/revisions';
import { platformSettings, type Settings } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../lib/settings/storage';
import { scanService } from './scan-service';
import { setStatus } from './tab-state';

/**
 * Platforms (Gmail, Outlook) in the background: their content scripts are registered at run time, and
 * only while the platform is on and Chrome has granted its hosts, so the manifest asks for none of them.
 * A content script sends one message's deliverable; it is checked against the tab it came from, scanned
 * with the same pipeline as a page, stored as its own record, and the verdict goes back for the chip.
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
  const record = await scanService.scan(
    { deliverable, process },
    { progress: (status) => (tabId === undefined ? undefined : setStatus({ tabId, ...status })) },
  );
  return platformResult(record);
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
      return { enabled: mine.enabled, autoScan: mine.autoScan, highlights: settings.highlights };
    },
  });
}
