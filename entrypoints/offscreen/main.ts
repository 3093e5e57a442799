import { onMessages } from '../../lib/messaging/receive';
import { sendMessage } from '../../lib/messaging/send';
import { WorkerReplySchema } from '../../lib/detect/worker-protocol';
import type { DetectionResult } from '../../lib/schema/verdict';
import { createImageReader } from './images';
import { createProvenanceClient, startProvenanceWorker } from '../../lib/provenance/worker-client';

/**
 * The offscreen document hosts the extension's Web Workers (an MV3 service worker cannot start any):
 * the text detector, and the image-provenance reader with its C2PA WASM. It also fetches images, with
 * the extension's host access. Jobs arrive as messages and are answered when the worker replies.
 */
const worker = new Worker(new URL('./detector.worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<string, { resolve: (result: DetectionResult) => void; reject: (error: Error) => void }>();

worker.addEventListener('message', (event: MessageEvent) => {
  const reply = WorkerReplySchema.safeParse(event.data);
  if (!reply.success) return;
  const job = pending.get(reply.data.jobId);
  if (reply.data.type === 'progress') {
    const { jobId, done, total } = reply.data;
    sendMessage('detect.progress', { jobId, done, total }).catch(() => undefined);
    return;
  }
  if (!job) return;
  pending.delete(reply.data.jobId);
  if (reply.data.type === 'result') job.resolve(reply.data.result);
  else job.reject(new Error(reply.data.message));
});

worker.addEventListener('error', (event) => {
  const error = new Error(`The detector stopped: ${event.message || 'unknown error'}`);
  for (const job of pending.values()) job.reject(error);
  pending.clear();
});

const readImages = createImageReader(createProvenanceClient(startProvenanceWorker()));

onMessages({
  'provenance.run': async ({ jobId, images, trustAnchors }) => ({
    images: await readImages(images, (done, total) => void sendMessage('detect.progress', { jobId, done, total }).catch(() => undefined), trustAnchors),
  }),
  'detect.run': ({ jobId, segments, sensitivity }) =>
    new Promise<DetectionResult>((resolve, reject) => {
      pending.set(jobId, { resolve, reject });
      worker.postMessage({ jobId, segments, sensitivity });
    }),
});
