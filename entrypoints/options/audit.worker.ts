import '../../lib/i18n/all';
import wasmUrl from '@contentauth/c2pa-wasm/c2pa.wasm?url';
import { createWebC2paLoader } from '../../lib/provenance/c2pa-web';
import { auditFile } from '../../lib/scan/audit';
import { getDatabase } from '../../lib/store/db';
import { AuditJobSchema, type AuditReply } from '../../lib/ui/audit-protocol';
import { readJob } from '../../lib/ui/audit-read';

/**
 * One worker of the dashboard's audit pool: an entry in; its bytes read from the audit's queue in
 * IndexedDB, the file and the files inside it read and judged, every outcome stored; a one-line
 * summary out. Readers and the detector run here, never on the page's thread; the C2PA reader loads
 * only for a file that carries credentials.
 */
const loadC2pa = createWebC2paLoader(wasmUrl);
const post = (reply: AuditReply) => self.postMessage(reply);

self.addEventListener('message', async (event: MessageEvent) => {
  const job = AuditJobSchema.safeParse(event.data);
  if (!job.success) return;
  const { id, sensitivity, trustAnchors } = job.data;
  try {
    post(await readJob(getDatabase(), job.data, (file) => auditFile(file, { sensitivity, loadC2pa, ...(trustAnchors ? { trustAnchors } : {}), now: () => performance.now() })));
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
