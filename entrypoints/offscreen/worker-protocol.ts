import type { Segment } from '../../lib/schema/deliverable';
import type { DetectionScores } from '../../lib/schema/verdict';
import type { Sensitivity } from '../../lib/schema/sensitivity';

/**
 * Messages between the offscreen document and its own detector worker. The request was validated
 * when it reached the offscreen document (`detect.run`), and both ends are this extension's code in
 * one document, so it is not parsed again; the reply carries scores without the passages' text.
 */
export interface WorkerRequest {
  jobId: string;
  segments: Segment[];
  sensitivity: Sensitivity;
}

export type WorkerReply =
  | { type: 'progress'; jobId: string; done: number; total: number }
  | { type: 'result'; jobId: string; scores: DetectionScores }
  | { type: 'error'; jobId: string; message: string };

/** Only the shape a reply is told apart by: its type and job. */
export function isWorkerReply(data: unknown): data is WorkerReply {
  if (!data || typeof data !== 'object') return false;
  const { type, jobId } = data as { type?: unknown; jobId?: unknown };
  return typeof jobId === 'string' && (type === 'progress' || type === 'result' || type === 'error');
}
