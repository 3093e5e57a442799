import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messaging/receive';
import { sendMessage } from '../../lib/messaging/send';
import type { ImageRef, Segment } from '../../lib/schema/deliverable';
import type { ImageRecord } from '../../lib/schema/record';
import type { DetectionScores } from '../../lib/schema/verdict';
import type { Sensitivity } from '../../lib/schema/sensitivity';

/** Runs the local detector in the offscreen document's worker, off the service worker's thread: scores come back without the passages' text. */
const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;
const progressListeners = new Map<string, (done: number, total: number) => void>();

async function ensureOffscreen(): Promise<void> {
  if (!browser.offscreen) throw new Error('This browser has no offscreen documents; Assay needs Chrome 116 or later.');
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['WORKERS'], justification: 'Run the local AI-text detector in a Web Worker.' })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

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
  await ensureOffscreen();
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
  await ensureOffscreen();
  const jobId = crypto.randomUUID();
  progressListeners.set(jobId, onProgress);
  try {
    return (await sendMessage('provenance.run', { jobId, images: [...images], trustAnchors })).images;
  } finally {
    progressListeners.delete(jobId);
  }
}
