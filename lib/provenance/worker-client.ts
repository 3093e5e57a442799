import { z } from 'zod';
import { ImageProvenanceSchema, type ImageProvenance } from '../schema/provenance';

const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.string(), ok: z.literal(true), provenance: ImageProvenanceSchema }),
  z.object({ id: z.string(), ok: z.literal(false), error: z.string() }),
]);

export type ProvenanceReply = { ok: true; provenance: ImageProvenance } | { ok: false; error: string };

/**
 * Talks to the provenance worker (lib/provenance/worker.ts): one request per image, the bytes
 * transferred, the reply validated. Used by the offscreen document and the dashboard.
 */
export function createProvenanceClient(worker: Worker) {
  const waiting = new Map<string, (reply: ProvenanceReply) => void>();
  let counter = 0;
  worker.addEventListener('message', (event: MessageEvent) => {
    const reply = ReplySchema.safeParse(event.data);
    if (!reply.success) return;
    const resolve = waiting.get(reply.data.id);
    waiting.delete(reply.data.id);
    resolve?.(reply.data.ok ? { ok: true, provenance: reply.data.provenance } : { ok: false, error: reply.data.error });
  });
  // A crashed worker must not leave callers waiting for ever.
  worker.addEventListener('error', (event) => {
    for (const resolve of waiting.values()) resolve({ ok: false, error: event.message || 'the provenance reader stopped' });
    waiting.clear();
  });
  /** `trust`: the user's extra C2PA trust anchors (PEM), if any. */
  return (bytes: ArrayBuffer, trust?: string[]): Promise<ProvenanceReply> =>
    new Promise((resolve) => {
      const id = `r${++counter}`;
      waiting.set(id, resolve);
      worker.postMessage({ id, bytes, trust: trust?.length ? trust : undefined }, [bytes]);
    });
}

export function startProvenanceWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
