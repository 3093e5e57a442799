// Public surface of the local detector. Pure TypeScript: no browser API, runs in a worker, Node and tests.
// (Placeholder signature; the engine is being written in this folder.)
import type { Segment } from '../schema/deliverable';
import type { DetectionResult, DetectorInfo } from '../schema/verdict';
import type { Sensitivity } from '../settings/schema';

export interface DetectOptions {
  sensitivity: Sensitivity;
  /** Called after each batch of passages, so long documents can report progress. */
  onProgress?: (done: number, total: number) => void;
}

export declare const LOCAL_DETECTOR: DetectorInfo;
export declare function detect(segments: readonly Segment[], options: DetectOptions): DetectionResult;
