import { onMessages } from '../../lib/messaging/receive';
import { sendMessage } from '../../lib/messaging/send';
import type { ImageRef, Segment } from '../../lib/schema/deliverable';
import type { ImageRecord } from '../../lib/schema/record';
import type { DetectionScores } from '../../lib/schema/verdict';
import type { Sensitivity } from '../../lib/schema/sensitivity';
import { ensureWorkerHost } from './worker-host';

/**
 * Runs the local detector in a worker off the background's thread: scores come back without the
 * passages' text. The workers live in `offscreen.html` (see `./worker-host.ts` for where that page
 * is opened in each browser).
 */
const progressListeners = new Map<string, (done: number, total: number) => void>();

export function setupDetection(): void {
  onMessages({
    'detect.progress': ({ jobId, done, total }) => {
      progressListeners.get(jobId)?.(done, total);
      return { ok: true };
    },
  });
}

export async function detectInWorker(
  segments: Segment[],
  sensitivity: Sensitivity,
  onProgress: (done: number, total: number) => void,
): Promise<DetectionScores> {
  await ensureWorkerHost();
  const jobId = crypto.randomUUID();
  progressListeners.set(jobId, onProgress);
  try {
    return await sendMessage('detect.run', { jobId, segments, sensitivity });
  } finally {
    progressListeners.delete(jobId);
  }
}

/** Fetches and reads the images of a deliverable in the offscreen document's provenance worker. */
export async function readImagesInWorker(images: readonly ImageRef[], trustAnchors: string[], onProgress: (done: number, total: number) => void): Promise<ImageRecord[]> {
  await ensureWorkerHost();
  const jobId = crypto.randomUUID();
  progressListeners.set(jobId, onProgress);
  try {
    return (await sendMessage('provenance.run', { jobId, images: [...images], trustAnchors })).images;
  } finally {
    progressListeners.delete(jobId);
  }
}
