import wasmUrl from '@contentauth/c2pa-wasm/c2pa.wasm?url';
import { z } from 'zod';
import { hasC2paManifest, readProvenance } from './index';
import { createWebC2paLoader } from './c2pa-web';
import { MAX_TRUST_ANCHORS } from './trust';

/**
 * Reads image provenance off the main thread, one image per message. The 8 MB C2PA reader is loaded
 * the first time an image actually carries a manifest, then kept for the worker's life.
 */
const loadC2pa = createWebC2paLoader(wasmUrl);
const RequestSchema = z.object({ id: z.string(), bytes: z.instanceof(ArrayBuffer), trust: z.array(z.string().max(20_000)).max(MAX_TRUST_ANCHORS).optional() });

self.addEventListener('message', async (event: MessageEvent) => {
  const request = RequestSchema.safeParse(event.data);
  if (!request.success) return;
  const { id, bytes, trust } = request.data;
  try {
    const data = new Uint8Array(bytes);
    const c2pa = hasC2paManifest(data) ? await loadC2pa() : undefined;
    self.postMessage({ id, ok: true, provenance: await readProvenance(data, { c2pa, trustAnchors: trust }) });
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
