import { browser } from 'wxt/browser';
import type { AuditAdapter } from '../../components/audit/adapter';
import { download } from '../../components/dashboard/records/download';
import { MAX_FILE_BYTES } from '../../lib/extract/files/limits';
import { parseTrustList } from '../../lib/provenance/trust';
import { loadSettings } from '../../lib/settings/storage';
import { getDatabase } from '../../lib/store/db';
import { poolSizeFor, type AuditWorkerLike } from '../../lib/ui/audit-runner';

/** A page is given this long to answer. */
const FETCH_TIMEOUT_MS = 30_000;

/** The dashboard's wiring of the audit section: Dexie, Web Workers, settings, host permissions, fetch, downloads, Web Locks. */
export function extensionAuditAdapter(): AuditAdapter {
  return {
    db: getDatabase(),
    startWorker: () => new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' }) as unknown as AuditWorkerLike,
    poolSize: poolSizeFor(navigator.hardwareConcurrency),
    settings: async () => {
      const settings = await loadSettings();
      return { sensitivity: settings.sensitivity, trustAnchors: parseTrustList(settings.trustAnchors).anchors };
    },
    requestOrigins: (origins) => browser.permissions.request({ origins }).catch(() => false),
    fetchPage: async (url) => {
      const origin = `${new URL(url).origin}/*`;
      if (!(await browser.permissions.contains({ origins: [origin] }).catch(() => false))) return { error: `${url}: Chrome has not allowed Assay to read ${new URL(url).host}` };
      try {
        const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
        if (!response.ok) return { error: `${url} answered ${response.status} ${response.statusText}`.trim() };
        const blob = await response.blob();
        if (blob.size > MAX_FILE_BYTES) return { error: `${url} is ${Math.round(blob.size / 1024 / 1024)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit` };
        return { blob, ...(response.headers.get('content-type') ? { mimeType: response.headers.get('content-type')! } : {}) };
      } catch (error) {
        return { error: `${url} could not be fetched (${error instanceof Error ? error.message : String(error)})` };
      }
    },
    download,
    withLock: async (name, task) => {
      if (!navigator.locks) {
        await task();
        return true;
      }
      return navigator.locks.request(name, { ifAvailable: true }, async (lock) => {
        if (!lock) return false;
        await task();
        return true;
      });
    },
  };
}
