// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_V1, type AssayDB } from '../../../lib/store/db';
import { deleteRecord, getRecordByUrl, listRecords, MAX_HISTORY, saveScan } from '../../../lib/store/records';
import { ProvenanceRecordSchema } from '../../../lib/store/schema';
import v1Fixture from '../../fixtures/db/v1-records.json';
import { makeScan } from './make-scan';

let db: AssayDB;
let name: string;
let counter = 0;

beforeEach(() => {
  name = `assay-test-${++counter}`;
  db = openDatabase(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('saveScan', () => {
  it('stores a complete, valid record', async () => {
    const record = await saveScan(db, makeScan(), () => 'id-1');
    expect(ProvenanceRecordSchema.parse(await db.records.get('id-1'))).toEqual(record);
    expect(record.createdAt).toBe(record.scannedAt);
    expect(record.history).toEqual([]);
  });

  it('updates the record of a rescanned URL and keeps the previous verdict in its history', async () => {
    await saveScan(db, makeScan(), () => 'id-1');
    const second = await saveScan(db, makeScan({ scannedAt: 1_700_000_100_000, contentHash: 'b'.repeat(64) }), () => 'id-2');
    expect(second.id).toBe('id-1');
    expect(second.createdAt).toBe(1_700_000_000_000);
    expect(second.history).toEqual([{ scannedAt: 1_700_000_000_000, contentHash: 'a'.repeat(64), label: 'mixed', probability: 0.55, aiShare: 0.5 }]);
    expect(await db.records.count()).toBe(1);
  });

  it('bounds the history', async () => {
    for (let i = 0; i < MAX_HISTORY + 5; i++) await saveScan(db, makeScan({ scannedAt: 1_700_000_000_000 + i }));
    const record = await getRecordByUrl(db, 'https://example.com/report');
    expect(record?.history).toHaveLength(MAX_HISTORY);
    expect(record?.history.at(-1)?.scannedAt).toBe(1_700_000_000_000 + MAX_HISTORY + 3);
  });

  it('writes nothing when the scan is invalid', async () => {
    await expect(saveScan(db, makeScan({ contentHash: 'not-a-hash' }))).rejects.toThrow();
    expect(await db.records.count()).toBe(0);
  });

  it('keeps different URLs apart', async () => {
    await saveScan(db, makeScan({}, 'https://example.com/a'));
    await saveScan(db, makeScan({ scannedAt: 1_700_000_000_500 }, 'https://example.com/b'));
    const all = await listRecords(db);
    expect(all.map((r) => r.source.url)).toEqual(['https://example.com/b', 'https://example.com/a']);
  });

  it('deletes a record', async () => {
    const record = await saveScan(db, makeScan());
    await deleteRecord(db, record.id);
    expect(await getRecordByUrl(db, record.source.url)).toBeUndefined();
  });
});

describe('schema versions', () => {
  it('opens a database seeded at v1 from its fixture, with every record still valid', async () => {
    // Seed exactly as a v1 extension would have left it, then open with the current code.
    db.close();
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('records').bulkPut(v1Fixture);
    old.close();

    db = openDatabase(name);
    const records = await listRecords(db);
    expect(records).toHaveLength(v1Fixture.length);
    for (const record of records) ProvenanceRecordSchema.parse(record);
    // v2 gave every v1 record an empty image list and kept everything else as it was.
    expect(records.map((r) => r.images)).toEqual([[], []]);
    expect(records.find((r) => r.id === 'v1-b')?.history).toEqual(v1Fixture[1]!.history);
    expect(db.verno).toBe(2);
  });
});
