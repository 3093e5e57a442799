import type { Source } from '../schema/deliverable';
import type { DetectionResult } from '../schema/verdict';
import type { Sensitivity } from '../schema/sensitivity';
import type { AssayDB } from './db';
import { ScanRecordSchema, type ScanRecord } from '../schema/record';

import { MAX_HISTORY } from './history';

export { MAX_HISTORY };

export interface ScanToStore {
  source: Source;
  contentHash: string;
  result: DetectionResult;
  durationMs: number;
  sensitivity: Sensitivity;
  engine: ScanRecord['engine'];
  scannedAt: number;
  images?: ScanRecord['images'];
  process?: ScanRecord['process'];
}

/** A finished scan as a validated record, under the given id, first-scan time and history. */
export function recordOfScan(scan: ScanToStore, kept: { id: string; createdAt: number; history: ScanRecord['history'] }): ScanRecord {
  return ScanRecordSchema.parse({
    id: kept.id,
    contentHash: scan.contentHash,
    source: scan.source,
    createdAt: kept.createdAt,
    scannedAt: scan.scannedAt,
    durationMs: scan.durationMs,
    engine: scan.engine,
    sensitivity: scan.sensitivity,
    verdict: scan.result.document,
    segments: scan.result.segments,
    images: scan.images ?? [],
    ...(scan.process ? { process: scan.process } : {}),
    history: kept.history,
  });
}

/**
 * Stores a finished scan. A deliverable (one URL) keeps one record: a rescan replaces its verdict and
 * moves the previous one's summary into `history`. The record is validated before it is written, in
 * one transaction, so nothing half-written is ever stored.
 */
export async function saveScan(db: AssayDB, scan: ScanToStore, newId: () => string = () => crypto.randomUUID()): Promise<ScanRecord> {
  return db.transaction('rw', db.records, async () => {
    const previous = await getRecord(db, scan.source.kind, scan.source.url);
    const history = previous
      ? [
          ...previous.history,
          {
            scannedAt: previous.scannedAt,
            contentHash: previous.contentHash,
            label: previous.verdict.label,
            probability: previous.verdict.probability,
            aiShare: previous.verdict.aiShare,
          },
        ].slice(-MAX_HISTORY)
      : [];
    const record = recordOfScan(scan, { id: previous?.id ?? newId(), createdAt: previous?.createdAt ?? scan.scannedAt, history });
    await db.records.put(record);
    return record;
  });
}

/** The record of one deliverable: its kind and address together (a page and a Docs record may share an address). */
export function getRecord(db: AssayDB, kind: ScanRecord['source']['kind'], url: string): Promise<ScanRecord | undefined> {
  return db.records.where('[source.kind+source.url]').equals([kind, url]).first();
}

/** Records of one kind that satisfy a test, newest first (a platform's records of one document). */
export async function findRecords(db: AssayDB, kind: ScanRecord['source']['kind'], test: (record: ScanRecord) => boolean): Promise<ScanRecord[]> {
  const found = await db.records.where('source.kind').equals(kind).filter(test).toArray();
  return found.sort((a, b) => b.scannedAt - a.scannedAt);
}

/** Newest first. */
export function listRecords(db: AssayDB): Promise<ScanRecord[]> {
  return db.records.orderBy('scannedAt').reverse().toArray();
}

export function deleteRecord(db: AssayDB, id: string): Promise<void> {
  return db.records.delete(id);
}

/** Replaces a record's verdict with the combined one once remote answers arrive; the scan time stays. */
export async function updateWithRemote(db: AssayDB, id: string, result: DetectionResult, remote: ScanRecord['remote']): Promise<ScanRecord | undefined> {
  return db.transaction('rw', db.records, async () => {
    const current = await db.records.get(id);
    if (!current) return undefined;
    const next = ScanRecordSchema.parse({ ...current, verdict: result.document, segments: result.segments, remote });
    await db.records.put(next);
    return next;
  });
}

/** Replaces some of a record's images (by id) with newly read ones: images the user allowed later. */
export async function updateImages(db: AssayDB, id: string, images: ScanRecord['images']): Promise<ScanRecord | undefined> {
  return db.transaction('rw', db.records, async () => {
    const current = await db.records.get(id);
    if (!current) return undefined;
    const byId = new Map(images.map((image) => [image.id, image]));
    const next = ScanRecordSchema.parse({ ...current, images: current.images.map((image) => byId.get(image.id) ?? image) });
    await db.records.put(next);
    return next;
  });
}

export interface ImportOutcome {
  added: number;
  /** Imported records newer than the one stored for the same deliverable, which they replaced. */
  replaced: number;
  /** Imported records no newer than the one already stored, which was kept. */
  kept: number;
}

/**
 * Adds exported records back, in one transaction (all or nothing). A deliverable (kind and address)
 * keeps one record: the newer of the stored and the imported one, by scan time.
 */
export async function importRecords(db: AssayDB, records: readonly ScanRecord[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: 0, replaced: 0, kept: 0 };
  await db.transaction('rw', db.records, async () => {
    for (const record of records) {
      const valid = ScanRecordSchema.parse(record);
      // The same record (by id) and the same deliverable (by kind and address) may be two stored records.
      const stored = [await db.records.get(valid.id), await getRecord(db, valid.source.kind, valid.source.url)].filter((r): r is ScanRecord => r !== undefined);
      if (stored.some((r) => r.scannedAt >= valid.scannedAt)) {
        outcome.kept++;
        continue;
      }
      for (const old of stored) await db.records.delete(old.id);
      if (stored.length) outcome.replaced++;
      else outcome.added++;
      await db.records.put(valid);
    }
  });
  return outcome;
}
