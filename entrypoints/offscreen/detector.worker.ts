import { detect } from '../../lib/detect';
import { WorkerRequestSchema, type WorkerReply } from '../../lib/detect/worker-protocol';

/** Runs the local detector off the main thread: one job per message, replies tagged with its id. */
const post = (reply: WorkerReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent) => {
  const request = WorkerRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({ type: 'error', jobId: typeof event.data?.jobId === 'string' ? event.data.jobId : '', message: 'Malformed detection request.' });
    return;
  }
  const { jobId, segments, sensitivity } = request.data;
  try {
    const result = detect(segments, { sensitivity, onProgress: (done, total) => post({ type: 'progress', jobId, done, total }) });
    post({ type: 'result', jobId, result });
  } catch (error) {
    post({ type: 'error', jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
