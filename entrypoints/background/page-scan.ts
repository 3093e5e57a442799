import { browser } from 'wxt/browser';
import type { ScanStatus, TabRecord } from '../../lib/messaging/protocol';
import { onMessages } from '../../lib/messaging/receive';
import { sendToTab } from '../../lib/messaging/send';
import { scanErrorText, unreadableReason } from '../../lib/page/rules';
import { highlightsOf, imageBadgesOf, recordSummary } from '../../lib/scan/record';
import { readAllowedImages } from '../../lib/scan/images';
import { parseTrustList } from '../../lib/provenance/trust';
import { loadSettings } from '../../lib/settings/storage';
import { getDatabase } from '../../lib/store/db';
import { getRecord, updateImages } from '../../lib/store/records';
import type { ScanRecord } from '../../lib/schema/record';
import { showBadge } from './badge';
import { platformRecord, recheckPlatformTab } from './platforms';
import { platformOfUrl } from '../../lib/platforms/registry';
import { holdsOrigin, scanService } from './scan-service';
import { readImagesInWorker } from './detection';
import { getHighlightsVisible, getStatus, isScanning, remoteSignal, setHighlightsVisible, setStatus } from './tab-state';
import { getLocale, pageMessages, registeredCatalogue, t } from '../../lib/i18n';
import { languageReady } from '../../lib/settings/language';

/**
 * The page scan, a thin caller of the scan service: inject the page script (activeTab), ask it for
 * the page's deliverable, scan it, and report to the tab: its status for the popup, the toolbar
 * badge and the in-page highlights.
 */
const PAGE_SCRIPT = '/page-scan.js';

/** Shows a record in its tab: the toolbar badge and the page's highlights and image badges. */
async function showInTab(tabId: number, record: ScanRecord, highlights: boolean): Promise<void> {
  await showBadge(tabId, record.verdict);
  const visible = getHighlightsVisible(tabId, highlights);
  await languageReady();
  await sendToTab(tabId, 'page.highlight', { items: highlightsOf(record), images: imageBadgesOf(record), visible, locale: getLocale(), messages: pageMessages(registeredCatalogue(getLocale())) });
}

/** Scans a tab's page; `auto` when the user's auto-scan list asked for it (an unchanged page is left alone). */
export async function scanTab(tabId: number, { auto = false } = {}): Promise<void> {
  const report = (status: Omit<ScanStatus, 'tabId'>) => setStatus({ tabId, ...status });
  try {
    report({ stage: 'extracting', done: 0, total: 0 });
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT] });
    const deliverable = await sendToTab(tabId, 'page.extract', {});
    // The page script ran in the tab's top frame, so the extension holds its origin (activeTab or a
    // host permission): the page's own images may be fetched, others only where a permission is held.
    const pageOrigin = new URL(deliverable.source.url).origin;
    await scanService.scan(
      { deliverable, signal: remoteSignal(tabId), skipUnchanged: auto, pageOrigin },
      { progress: report, show: (record, { settings }) => showInTab(tabId, record, settings.highlights) },
    );
  } catch (error) {
    report({ stage: 'error', done: 0, total: 0, error: scanErrorText(error) });
  }
}

async function tabRecord(tabId: number): Promise<TabRecord> {
  const tab = await browser.tabs.get(tabId);
  const settings = await loadSettings();
  const url = tab.url ?? '';
  // On a platform's page the record is the platform's, found by its own document key (a Gmail
  // conversation, a Doc, a Figma file), whatever the address shows now; a page scan is the fallback.
  const platform = url ? platformOfUrl(url) : undefined;
  const record = url ? ((platform ? await platformRecord(url) : undefined) ?? (await getRecord(getDatabase(), 'page', url)) ?? null) : null;
  // A summary: the popup opens often, and a long deliverable's record holds thousands of passages.
  return { url, title: tab.title ?? '', record: record ? recordSummary(record) : null, platform: platform ?? null, status: getStatus(tabId), highlightsVisible: getHighlightsVisible(tabId, settings.highlights) };
}

export function setupPageScan(): void {
  onMessages({
    'scan.start': async ({ tabId }) => {
      if (isScanning(tabId)) return getStatus(tabId);
      const tab = await browser.tabs.get(tabId);
      const unreadable = unreadableReason(tab.url ?? tab.pendingUrl);
      if (unreadable) {
        setStatus({ tabId, stage: 'error', done: 0, total: 0, error: unreadable });
        return getStatus(tabId);
      }
      // On a platform page whose feature runs, Check again goes to the platform (a Doc is read through its
      // export, not as a page of menus); its scan reports to this tab's status like any other.
      if (await recheckPlatformTab(tabId, tab.url ?? '')) {
        setStatus({ tabId, stage: 'extracting', done: 0, total: 0 });
        return getStatus(tabId);
      }
      setStatus({ tabId, stage: 'extracting', done: 0, total: 0 });
      void scanTab(tabId);
      return getStatus(tabId);
    },
    'tab.get': ({ tabId }) => tabRecord(tabId),
    'images.read': async ({ recordId, tabId }) => {
      const db = getDatabase();
      const record = await db.records.get(recordId);
      if (!record) throw new Error(t('error.record.gone'));
      const settings = await loadSettings();
      const trust = parseTrustList(settings.trustAnchors).anchors;
      const { read, notAllowed } = await readAllowedImages(record.images, { holds: holdsOrigin }, (images) => readImagesInWorker(images, trust, () => undefined));
      const updated = read.length ? await updateImages(db, recordId, read) : undefined;
      // The page's badges follow, when the record is this tab's page (a platform's tab draws its own).
      if (updated && tabId !== undefined && updated.source.kind === 'page') await showInTab(tabId, updated, settings.highlights).catch(() => undefined);
      return { read: read.length, notAllowed };
    },
    'highlights.set': async ({ tabId, visible }) => {
      setHighlightsVisible(tabId, visible);
      // A page never scanned in its current life has no page script and nothing drawn: no answer is fine.
      await sendToTab(tabId, 'page.visibility', { visible }).catch(() => undefined);
      return { ok: true as const };
    },
  });
}
