import type { Deliverable, ImageRef } from '../schema/deliverable';
import type { DetectionResult } from '../schema/verdict';
import type { Sensitivity } from '../settings/schema';
import type { ImageRecord, ProvenanceRecord } from '../store/schema';
import type { ScanStatus } from '../messaging/protocol';

/**
 * One scan, from extraction to notification. The steps are injected so the same flow runs in the
 * background (real tab, offscreen worker, Dexie) and in unit tests. A failure at any step stops the
 * scan before anything is stored: a record is written whole or not at all.
 */
export interface ScanSteps {
  extract(): Promise<Deliverable>;
  normalize(text: string): string;
  hash(text: string): Promise<string>;
  detect(deliverable: Deliverable, sensitivity: Sensitivity, onProgress: (done: number, total: number) => void): Promise<DetectionResult>;
  /** Reads the provenance of the deliverable's images; a failure per image is kept in its record. */
  readImages(images: readonly ImageRef[], onProgress: (done: number, total: number) => void): Promise<ImageRecord[]>;
  store(input: { deliverable: Deliverable; contentHash: string; result: DetectionResult; images: ImageRecord[]; durationMs: number; sensitivity: Sensitivity }): Promise<ProvenanceRecord>;
  notify(record: ProvenanceRecord): Promise<void>;
  progress(status: Omit<ScanStatus, 'tabId'>): void;
  now(): number;
}

/** The text a content hash is taken of: the normalized passages in reading order. */
export function deliverableText(deliverable: Deliverable, normalize: (text: string) => string): string {
  return deliverable.segments.map((segment) => normalize(segment.text)).join('\n\n');
}

export async function runScan(steps: ScanSteps, sensitivity: Sensitivity): Promise<ProvenanceRecord> {
  const started = steps.now();
  steps.progress({ stage: 'extracting', done: 0, total: 0 });
  const deliverable = await steps.extract();
  const total = deliverable.segments.length;
  steps.progress({ stage: 'detecting', done: 0, total });
  const contentHash = await steps.hash(deliverableText(deliverable, steps.normalize));
  const result = await steps.detect(deliverable, sensitivity, (done, all) => steps.progress({ stage: 'detecting', done, total: all }));
  const imageRefs = deliverable.images ?? [];
  let images: ImageRecord[] = [];
  if (imageRefs.length > 0) {
    steps.progress({ stage: 'images', done: 0, total: imageRefs.length });
    images = await steps.readImages(imageRefs, (done, all) => steps.progress({ stage: 'images', done, total: all }));
  }
  steps.progress({ stage: 'storing', done: total, total });
  const record = await steps.store({ deliverable, contentHash, result, images, durationMs: steps.now() - started, sensitivity });
  await steps.notify(record);
  steps.progress({ stage: 'done', done: total, total, recordId: record.id });
  return record;
}
