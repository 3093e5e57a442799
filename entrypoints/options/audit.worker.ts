import wasmUrl from '@contentauth/c2pa-wasm/c2pa.wasm?url';
import { createWebC2paLoader } from '../../lib/provenance/c2pa-web';
import { auditFile } from '../../lib/scan/audit';
import { AuditJobSchema, type AuditReply } from '../../lib/ui/audit-protocol';

/**
 * One worker of the dashboard's audit pool: a file's Blob in, every outcome of reading it out (the
 * file's own, and those of the files inside it). Readers and the detector run here, never on the
 * page's thread; the C2PA reader loads only for a file that carries credentials.
 */
const loadC2pa = createWebC2paLoader(wasmUrl);
const post = (reply: AuditReply) => self.postMessage(reply);

self.addEventListener('message', async (event: MessageEvent) => {
  const job = AuditJobSchema.safeParse(event.data);
  if (!job.success) return;
  const { id, path, blob, mimeType, sensitivity, trustAnchors } = job.data;
  try {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const outcomes = await auditFile({ path, bytes, ...(mimeType ? { mimeType } : {}) }, { sensitivity, loadC2pa, ...(trustAnchors ? { trustAnchors } : {}), now: () => performance.now() });
    post({ id, outcomes });
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
