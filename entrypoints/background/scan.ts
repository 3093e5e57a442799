import { browser } from 'wxt/browser';
import { sha256Hex } from '../../lib/hash';
import { normalizeForHash } from '../../lib/text/normalize';
import type { DetectionResult } from '../../lib/schema/verdict';
import type { Highlight, ImageBadge, ScanStatus, TabRecord } from '../../lib/messaging/protocol';
import { onMessages } from '../../lib/messaging/receive';
import { sendToTab } from '../../lib/messaging/send';
import { runScan, type ScanSteps } from '../../lib/scan/pipeline';
import { loadSettings } from '../../lib/settings/storage';
import { getDatabase } from '../../lib/store/db';
import { getRecordByUrl, saveScan, updateWithRemote } from '../../lib/store/records';
import type { Settings } from '../../lib/settings/schema';
import { askRemote, enabledProviders } from './remote';
import type { ProvenanceRecord } from '../../lib/store/schema';
import { showBadge } from './badge';
import { detectInWorker, readImagesInWorker } from './detection';
import { getHighlightsVisible, getStatus, isScanning, remoteSignal, setHighlightsVisible, setStatus } from './tab-state';

const PAGE_SCRIPT = '/page-scan.js';

/** Pages Chrome never lets an extension read, with what to tell the user. */
export function unreadableReason(url: string | undefined): string | undefined {
  if (!url) return 'Assay cannot read this tab. Open the deliverable in a normal web page and try again.';
  if (/^(chrome|edge|about|chrome-extension|devtools|view-source):/i.test(url) || /^https:\/\/chromewebstore\.google\.com\//.test(url))
    return 'Browser pages and the extension store cannot be scanned. Open the deliverable in a normal web page.';
  if (/^file:/i.test(url)) return 'Local files can be scanned once you allow “Access to file URLs” for Assay in chrome://extensions.';
  return undefined;
}

export function highlightsOf(record: ProvenanceRecord): Highlight[] {
  return record.segments
    .filter((segment) => segment.label === 'ai')
    .map((segment) => ({ id: segment.id, label: segment.label, probability: segment.probability, reasons: segment.reasons.slice(0, 10) }));
}

/** The local engine's identity as the detector itself reported it. */
export function engineOf(result: DetectionResult): ProvenanceRecord['engine'] {
  const local = result.document.detectors.find((detector) => detector.kind === 'local');
  return { name: local?.name ?? 'unknown', version: local?.version ?? 'unknown', modelVersion: local?.model ?? local?.version ?? 'unknown' };
}

/** Images worth a badge in the page: those whose data says something about their origin. */
function imageBadgesOf(record: ProvenanceRecord): ImageBadge[] {
  return record.images.flatMap((image) =>
    image.provenance && image.provenance.verdict !== 'no-provenance' ? [{ id: image.id, verdict: image.provenance.verdict, summary: image.provenance.summary.slice(0, 1000) }] : [],
  );
}

/**
 * The steps every scan shares, whatever produced the deliverable: hash, detect in the offscreen worker,
 * read the images, store the record (with a Docs writing history when there is one).
 */
export function localScanSteps(process?: ProvenanceRecord['process']): Pick<ScanSteps, 'normalize' | 'hash' | 'detect' | 'readImages' | 'store' | 'now'> {
  return {
    normalize: normalizeForHash,
    hash: sha256Hex,
    detect: (deliverable, sensitivity, onProgress) => detectInWorker(deliverable.segments, sensitivity, onProgress),
    readImages: readImagesInWorker,
    store: ({ deliverable, contentHash, result, images, durationMs, sensitivity }) =>
      saveScan(getDatabase(), { source: deliverable.source, contentHash, result, durationMs, sensitivity, engine: engineOf(result), images, process, scannedAt: Date.now() }),
    now: () => performance.now(),
  };
}

async function scanTab(tabId: number): Promise<void> {
  const settings = await loadSettings();
  const report = (status: Omit<ScanStatus, 'tabId'>) => setStatus({ tabId, ...status });
  try {
    const record = await runScan(
      {
        extract: async () => {
          await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT] });
          return sendToTab(tabId, 'page.extract', {});
        },
        ...localScanSteps(),
        notify: async (record) => {
          await showBadge(tabId, record.verdict);
          const visible = getHighlightsVisible(tabId, settings.highlights);
          await sendToTab(tabId, 'page.highlight', { items: highlightsOf(record), images: imageBadgesOf(record), visible });
        },
        progress: report,
      },
      settings.sensitivity,
    );
    await secondOpinions(tabId, record, settings);
  } catch (error) {
    report({ stage: 'error', done: 0, total: 0, error: friendlyError(error) });
  }
}

/** After the local verdict is shown: ask the enabled remote classifiers, then show the combined verdict. */
async function secondOpinions(tabId: number, record: ProvenanceRecord, settings: Settings): Promise<void> {
  if (enabledProviders(settings).length === 0) return;
  const total = record.segments.length;
  setStatus({ tabId, stage: 'remote', done: total, total, recordId: record.id });
  const asked = await askRemote(record, settings, remoteSignal(tabId));
  if (!asked) return;
  const updated = await updateWithRemote(getDatabase(), record.id, asked.result, asked.remote);
  if (updated) {
    await showBadge(tabId, updated.verdict);
    const visible = getHighlightsVisible(tabId, settings.highlights);
    await sendToTab(tabId, 'page.highlight', { items: highlightsOf(updated), images: imageBadgesOf(updated), visible }).catch(() => undefined);
  }
  setStatus({ tabId, stage: 'done', done: total, total, recordId: record.id });
}

function friendlyError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Cannot access|cannot be scripted|Missing host permission/i.test(message))
    return 'Chrome did not let Assay read this page. Click the Assay icon on the page itself, then Scan this page.';
  if (/Receiving end does not exist|No one answered/i.test(message)) return 'The page did not answer (it may have been reloading). Try again.';
  return `The scan failed: ${message}`;
}

async function tabRecord(tabId: number): Promise<TabRecord> {
  const tab = await browser.tabs.get(tabId);
  const settings = await loadSettings();
  const url = tab.url ?? '';
  const record = url ? ((await getRecordByUrl(getDatabase(), url)) ?? null) : null;
  return { url, title: tab.title ?? '', record, status: getStatus(tabId), highlightsVisible: getHighlightsVisible(tabId, settings.highlights) };
}

export function setupScanning(): void {
  onMessages({
    'scan.start': async ({ tabId }) => {
      if (isScanning(tabId)) return getStatus(tabId);
      const tab = await browser.tabs.get(tabId);
      const unreadable = unreadableReason(tab.url ?? tab.pendingUrl);
      if (unreadable) {
        setStatus({ tabId, stage: 'error', done: 0, total: 0, error: unreadable });
        return getStatus(tabId);
      }
      setStatus({ tabId, stage: 'extracting', done: 0, total: 0 });
      void scanTab(tabId);
      return getStatus(tabId);
    },
    'tab.get': ({ tabId }) => tabRecord(tabId),
    'highlights.set': async ({ tabId, visible }) => {
      setHighlightsVisible(tabId, visible);
      // A page never scanned in its current life has no page script and nothing drawn: no answer is fine.
      await sendToTab(tabId, 'page.visibility', { visible }).catch(() => undefined);
      return { ok: true as const };
    },
  });
}
