import '../../lib/i18n/all';
import { onMessages } from '../../lib/messaging/receive';
import { sendMessage } from '../../lib/messaging/send';
import type { DetectionScores } from '../../lib/schema/verdict';
import { isWorkerReply, type WorkerRequest } from './worker-protocol';
import { createImageReader } from './images';
import { createProvenanceClient, startProvenanceWorker } from '../../lib/provenance/worker-client';

/**
 * The offscreen document hosts the extension's Web Workers (an MV3 service worker cannot start any):
 * the text detector, and the image-provenance reader with its C2PA WASM. It also fetches images, with
 * the extension's host access. Jobs arrive as messages and are answered when the worker replies.
 */
const worker = new Worker(new URL('./detector.worker.ts', import.meta.url), { type: 'module' });
const pending = new Map<string, { resolve: (scores: DetectionScores) => void; reject: (error: Error) => void }>();

worker.addEventListener('message', (event: MessageEvent) => {
  const reply = event.data;
  if (!isWorkerReply(reply)) return;
  const job = pending.get(reply.jobId);
  if (reply.type === 'progress') {
    const { jobId, done, total } = reply;
    sendMessage('detect.progress', { jobId, done, total }).catch(() => undefined);
    return;
  }
  if (!job) return;
  pending.delete(reply.jobId);
  if (reply.type === 'result') job.resolve(reply.scores);
  else job.reject(new Error(reply.message));
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
    new Promise<DetectionScores>((resolve, reject) => {
      pending.set(jobId, { resolve, reject });
      worker.postMessage({ jobId, segments, sensitivity } satisfies WorkerRequest);
    }),
});
