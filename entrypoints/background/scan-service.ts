import { browser } from 'wxt/browser';
import { parseTrustList } from '../../lib/provenance/trust';
import { originPattern } from '../../lib/report/coverage';
import { sha256Hex } from '../../lib/hash';
import { withText } from '../../lib/scan/record';
import { askRemote } from '../../lib/scan/remote';
import { createScanService } from '../../lib/scan/service';
import { loadSettings } from '../../lib/settings/storage';
import { getDatabase } from '../../lib/store/db';
import { getRecord, saveScan, updateWithRemote } from '../../lib/store/records';
import { detectInWorker, readImagesInWorker } from './detection';
import { remoteDeps } from './remote';

/** Whether the extension holds a host permission for a URL's site (a platform's hosts, loopback in the e2e build, sites the user allowed). */
export async function holdsOrigin(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  return pattern ? browser.permissions.contains({ origins: [pattern] }).catch(() => false) : false;
}

/**
 * The background's one scan service, with the real engine: detection and image reading in the
 * offscreen document's workers, records in Dexie, second opinions over the network. Every source
 * (page scan, platforms) calls `scanService.scan` with its own way of reporting.
 */
export const scanService = createScanService({
  settings: loadSettings,
  hash: sha256Hex,
  detect: async (deliverable, settings, onProgress) => withText(await detectInWorker(deliverable.segments, settings.sensitivity, onProgress), deliverable.segments),
  readImages: (images, settings, onProgress) => readImagesInWorker(images, parseTrustList(settings.trustAnchors).anchors, onProgress),
  save: (scan) => saveScan(getDatabase(), scan),
  secondOpinions: (local, settings, signal) => askRemote(local, settings, remoteDeps(settings), signal),
  saveCombined: (id, result, remote) => updateWithRemote(getDatabase(), id, result, remote),
  existing: (source) => getRecord(getDatabase(), source.kind, source.url),
  holdsOrigin: (url) => holdsOrigin(url),
  now: () => performance.now(),
});
