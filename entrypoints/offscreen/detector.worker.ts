import { detect } from '../../lib/detect';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** Runs the local detector off the main thread: one job per message, replies tagged with its id. */
const post = (reply: WorkerReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { jobId, segments, sensitivity } = event.data;
  try {
    const { document, segments: verdicts } = detect(segments, { sensitivity, onProgress: (done, total) => post({ type: 'progress', jobId, done, total }) });
    // The text stays behind: the background joins it back from the deliverable it sent.
    post({ type: 'result', jobId, scores: { document, segments: verdicts.map(({ text: _text, ...score }) => score) } });
  } catch (error) {
    post({ type: 'error', jobId, message: error instanceof Error ? error.message : String(error) });
  }
});
