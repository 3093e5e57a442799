// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type AssayDB } from '../../../lib/store/db';
import { RELABEL_NOTE } from '../../../lib/store/relabel';
import { deleteRecord, findRecords, getRecord, importRecords, listRecords, MAX_HISTORY, saveScan, updateWithRemote } from '../../../lib/store/records';
import { parseRecordsJSON, recordsToJSON } from '../../../lib/report/export';
import { ScanRecordSchema } from '../../../lib/schema/record';
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
    expect(ScanRecordSchema.parse(await db.records.get('id-1'))).toEqual(record);
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
    const record = await getRecord(db, 'page', 'https://example.com/report');
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

  it('keeps a page scan of a Google Docs address apart from the document’s Docs record (Rescan on a Doc)', async () => {
    const url = 'https://docs.google.com/document/d/1AssayFixtureEditorAccessAbCdEf/edit';
    const docs = await saveScan(db, makeScan({ source: { kind: 'docs', url, title: 'Newsletter' } }), () => 'docs-1');
    const page = await saveScan(db, makeScan({ source: { kind: 'page', url, title: 'Newsletter - Google Docs' }, scannedAt: 1_700_000_000_900 }), () => 'page-1');
    expect(page.id).toBe('page-1');
    expect(await db.records.count()).toBe(2);
    expect((await getRecord(db, 'docs', url))!.segments).toEqual(docs.segments);
    expect((await getRecord(db, 'docs', url))!.history).toEqual([]);
  });

  it('finds the records of one kind that pass a test, newest first', async () => {
    await saveScan(db, makeScan({ source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#all/1', title: 'a', thread: 'T' } }));
    await saveScan(db, makeScan({ source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#all/2', title: 'b', thread: 'T' }, scannedAt: 1_700_000_000_500 }));
    await saveScan(db, makeScan({ source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#all/3', title: 'c', thread: 'U' } }));
    const found = await findRecords(db, 'gmail', (r) => r.source.thread === 'T');
    expect(found.map((r) => r.source.title)).toEqual(['b', 'a']);
  });

  it('deletes a record', async () => {
    const record = await saveScan(db, makeScan());
    await deleteRecord(db, record.id);
    expect(await getRecord(db, 'page', record.source.url)).toBeUndefined();
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
    for (const record of records) ScanRecordSchema.parse(record);
    // v2 gave every v1 record an empty image list and kept everything else as it was.
    expect(records.map((r) => r.images)).toEqual([[], []]);
    // The history of v1 is kept; v4 adds the label it re-read (a human passage, now Unsure).
    expect(records.find((r) => r.id === 'v1-b')?.history.slice(0, v1Fixture[1]!.history.length)).toEqual(v1Fixture[1]!.history);
    expect(db.verno).toBe(6);
    // v3's kind-and-address key finds the upgraded records.
    expect((await getRecord(db, 'page', v1Fixture[0]!.source.url))?.id).toBe(v1Fixture[0]!.id);
  });

  it('upgrades a v2 database to v3: records kept whole, found by kind and address, and a word budget table', async () => {
    db.close();
    const old = new Dexie(name);
    old.version(2).stores(SCHEMA_V2);
    const v2Records = v1Fixture.map((r) => ({ ...r, images: [] }));
    await old.table('records').bulkPut(v2Records);
    old.close();

    db = openDatabase(name);
    expect(db.verno).toBe(6);
    const records = await listRecords(db);
    expect(records.map((r) => ScanRecordSchema.parse(r))).toEqual(expect.arrayContaining(v2Records.map((r) => expect.objectContaining({ id: r.id, images: [] }))));
    for (const r of v2Records) expect((await getRecord(db, 'page', r.source.url))?.id).toBe(r.id);
    expect(await db.usage.count()).toBe(0);
    // The same address may now hold a record of another kind.
    await saveScan(db, makeScan({ source: { kind: 'docs', url: v2Records[0]!.source.url, title: 'x' } }), () => 'docs');
    expect(await db.records.count()).toBe(v2Records.length + 1);
  });
});

describe('v4: verdicts from before model 2 re-read under today\'s labels', () => {
  /** The v1 fixture as each earlier version stored it, with one record whose verdict was "Likely human". */
  const seeded = () => {
    const humanRecord = {
      ...structuredClone(v1Fixture[0]!),
      id: 'v1-h',
      source: { kind: 'page', url: 'https://example.com/human', title: 'A human page' },
      verdict: { ...v1Fixture[0]!.verdict, label: 'human', probability: 0.2, aiShare: 0 },
      segments: v1Fixture[0]!.segments.map((seg) => ({ ...seg, label: 'human', probability: 0.1 })),
      remote: { local: { label: 'human', probability: 0.2 }, providers: [], localOnly: true },
    };
    return [...structuredClone(v1Fixture), humanRecord];
  };

  it.each([
    [1, SCHEMA_V1, (r: object) => r],
    [2, SCHEMA_V2, (r: object) => ({ ...r, images: [] })],
    [3, SCHEMA_V3, (r: object) => ({ ...r, images: [] })],
  ] as const)('from v%s: "Likely human" becomes Unsure with the earlier label in the history; AI labels stand', async (version, schema, shape) => {
    db.close();
    const old = new Dexie(name);
    old.version(version).stores(schema);
    await old.table('records').bulkPut(seeded().map(shape));
    old.close();

    db = openDatabase(name);
    expect(db.verno).toBe(6);
    const records = (await listRecords(db)).map((r) => ScanRecordSchema.parse(r));
    const human = records.find((r) => r.id === 'v1-h')!;
    expect(human.verdict.label).toBe('unsure');
    expect(human.segments.map((seg) => seg.label)).toEqual(['unsure', 'unsure']);
    expect(human.remote?.local.label).toBe('unsure');
    expect(human.history.at(-1)).toEqual({ scannedAt: human.scannedAt, contentHash: human.contentHash, label: 'human', probability: 0.2, aiShare: 0, note: RELABEL_NOTE });
    // Its old model version stays, so every screen offers a rescan.
    expect(human.engine.modelVersion).toBe('1');
    // A Mixed verdict keeps its label; its human passage is now Unsure, its AI passage still AI.
    const mixed = records.find((r) => r.id === 'v1-a')!;
    expect(mixed.verdict.label).toBe('mixed');
    expect(mixed.segments.map((seg) => seg.label)).toEqual(['unsure', 'ai']);
    expect(mixed.history.at(-1)?.note).toBe(RELABEL_NOTE);
  });

  it('leaves a record scored by model 2 or later as it is', async () => {
    const record = await saveScan(db, makeScan(), () => 'new');
    expect(record.verdict.humanThreshold).toBeDefined();
    db.close();
    db = openDatabase(name);
    expect(await db.records.get('new')).toEqual(record);
  });
});

describe('export → import → identical records', () => {
  it('round-trips every record of a database through the JSON export exactly', async () => {
    await saveScan(db, makeScan(), () => 'id-1');
    await saveScan(db, makeScan({ scannedAt: 1_700_000_100_000, contentHash: 'b'.repeat(64) }));
    await saveScan(db, makeScan({ source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#all/18d5', title: 'Copy — Sam', thread: 'https://mail.google.com/mail/u/0/#inbox/FMfcg' }, process: { available: false, reason: 'x', inserts: 0, evidence: [] } }), () => 'id-2');
    await updateWithRemote(db, 'id-2', makeScan().result, { local: { label: 'mixed', probability: 0.55 }, providers: [{ id: 'assay', name: 'Assay server', ok: true, probability: 0.9, passages: 2 }], localOnly: false });
    const exported = recordsToJSON(await listRecords(db));

    const other = openDatabase(`${name}-import`);
    try {
      const parsed = parseRecordsJSON(exported);
      expect(parsed.rejected).toEqual([]);
      expect(await importRecords(other, parsed.records)).toEqual({ added: 2, replaced: 0, kept: 0 });
      expect(recordsToJSON(await listRecords(other))).toBe(exported);
      // Importing the same file again changes nothing.
      expect(await importRecords(other, parseRecordsJSON(exported).records)).toEqual({ added: 0, replaced: 0, kept: 2 });
      expect(recordsToJSON(await listRecords(other))).toBe(exported);
    } finally {
      other.close();
      await Dexie.delete(`${name}-import`);
    }
  });

  it('keeps the newer of a stored and an imported record of the same deliverable', async () => {
    const old = await saveScan(db, makeScan(), () => 'old');
    const newer = { ...old, id: 'imported', scannedAt: old.scannedAt + 1_000, contentHash: 'c'.repeat(64) };
    expect(await importRecords(db, [newer])).toEqual({ added: 0, replaced: 1, kept: 0 });
    expect((await listRecords(db)).map((r) => r.id)).toEqual(['imported']);
    expect(await importRecords(db, [old])).toEqual({ added: 0, replaced: 0, kept: 1 });
  });

  it('reports entries that are not records instead of dropping them silently, and refuses a file that is no export', async () => {
    const good = await saveScan(db, makeScan(), () => 'good');
    const { history: _h, images: _i, ...v1 } = good;
    const parsed = parseRecordsJSON(JSON.stringify([good, { hello: 'world' }, { ...v1, history: [] }]));
    expect(parsed.records.map((r) => r.id)).toEqual(['good', 'good']);
    expect(parsed.records[1]!.images).toEqual([]);
    expect(parsed.rejected).toEqual([{ index: 1, reason: expect.stringMatching(/\w/) }]);
    expect(() => parseRecordsJSON('{"not": "a list"}')).toThrow(/not an Assay export/);
    expect(() => parseRecordsJSON('nope')).toThrow(/not JSON/);
  });
});
