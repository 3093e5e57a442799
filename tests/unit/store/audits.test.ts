// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, type AssayDB } from '../../../lib/store/db';
import { listCertificates, saveCertificate } from '../../../lib/store/identities';
import { cancelAudit, createAudit, deleteAudit, detailOf, entriesOf, finishAudit, flaggedOf, pendingEntries, previousAudit, queuedBytes, setGroup, storeOutcomes, markReading } from '../../../lib/store/audits';
import { getRecord, listRecords } from '../../../lib/store/records';
import { ScanRecordSchema } from '../../../lib/schema/record';
import type { AuditItem } from '../../../lib/audit/schema';
import { groupedItems } from '../../../components/audit/exports';
import v1Fixture from '../../fixtures/db/v1-records.json';

let db: AssayDB;
let name: string;
let counter = 0;
beforeEach(() => {
  name = `assay-audits-${++counter}`;
  db = openDatabase(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const hash = (c: string) => c.repeat(64);
const item = (path: string, patch: Partial<AuditItem> = {}): AuditItem => ({ path, bytes: 10, fileHash: hash('f'), contentHash: hash('a'), state: 'done', label: 'human', probability: 0.01, aiShare: 0, meta: {}, notes: [], certificate: { status: 'none' }, durationMs: 5, ...patch });
const blob = (text: string) => new Blob([text]);

describe('schema v6: audits beside the records', () => {
  const SCHEMAS = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4, 5: SCHEMA_V5 } as const;
  const verified = { kind: 'verified' as const, at: 3, title: 'report.md', signerName: 'Ana Lima', fingerprint: 'f1', text: '{}', status: 'valid' as const, reason: 'ok' };

  it.each([1, 2, 3, 4, 5] as const)('upgrades a v%i database: records, word budget and certificates kept, the audit tables empty and usable', async (version) => {
    db.close();
    const old = new Dexie(name);
    old.version(version).stores(SCHEMAS[version]);
    // v2 gave every record an image list; later versions keep records as v2 left them.
    await old.table('records').bulkPut(v1Fixture.map((r) => (version === 1 ? r : { ...r, images: [] })));
    if (version >= 3) await old.table('usage').put({ id: '2026-11|gptzero', month: '2026-11', provider: 'gptzero', words: 1200 });
    if (version >= 5) await old.table('certificates').put({ id: 'c1', ...verified });
    old.close();

    db = openDatabase(name);
    const records = await listRecords(db);
    expect(db.verno).toBe(6);
    expect(records).toHaveLength(v1Fixture.length);
    for (const record of records) ScanRecordSchema.parse(record);
    expect((await getRecord(db, 'page', v1Fixture[0]!.source.url))?.id).toBe(v1Fixture[0]!.id);
    if (version >= 3) expect(await db.usage.get('2026-11|gptzero')).toMatchObject({ words: 1200 });
    expect((await listCertificates(db)).map((c) => c.id)).toEqual(version >= 5 ? ['c1'] : []);
    expect(await db.audits.count()).toBe(0);
    const audit = await createAudit(db, { name: 'after upgrade', sensitivity: 'cautious', inputs: [{ path: 'p/a.txt', origin: 'file', blob: blob('x') }] });
    expect(await entriesOf(db, audit.id)).toHaveLength(1);
    expect(await queuedBytes(db, `${audit.id}:0`)).toBeDefined();
    // The certificate tables still work beside the audit tables.
    await saveCertificate(db, verified, () => 'c2');
    expect(await db.certificates.count()).toBe(version >= 5 ? 2 : 1);
  });
});

describe('an audit in the store', () => {
  it('queues every input with its bytes, groups by folder, and stores each file’s outcome with the files inside it', async () => {
    const audit = await createAudit(db, {
      name: 'November',
      sensitivity: 'cautious',
      inputs: [
        { path: 'Portfolio/alice/a.docx', origin: 'file', blob: blob('a') },
        { path: 'Portfolio/bob/b.zip', origin: 'file', blob: blob('b') },
        { path: 'Portfolio/mail.eml', origin: 'file', blob: blob('c') },
        { path: 'https://example.com/post', origin: 'url' },
      ],
    });
    const pending = await pendingEntries(db, audit.id);
    expect(pending.map((e) => [e.path, e.group, e.groupSource])).toEqual([
      ['Portfolio/alice/a.docx', 'alice', 'folder'],
      ['Portfolio/bob/b.zip', 'bob', 'folder'],
      ['Portfolio/mail.eml', 'Ungrouped', 'none'],
      ['https://example.com/post', 'example.com', 'folder'],
    ]);
    expect(await (await queuedBytes(db, pending[0]!.id))!.blob.text()).toBe('a');
    expect(await queuedBytes(db, pending[3]!.id)).toBeUndefined();

    await storeOutcomes(db, pending[1]!, [
      { item: item('Portfolio/bob/b.zip', { format: 'zip', label: 'unknown' }) },
      { item: item('Portfolio/bob/b.zip/x.md', { parent: 'Portfolio/bob/b.zip', label: 'ai' }), record: undefined },
      { item: item('Portfolio/bob/b.zip/sub/y.md', { parent: 'Portfolio/bob/b.zip' }) },
    ]);
    // The mail's group comes from its sender once it is read.
    await storeOutcomes(db, pending[2]!, [{ item: item('Portfolio/mail.eml', { meta: { sender: 'Gus Ho <g@x.com>' } }) }]);
    const entries = await entriesOf(db, audit.id);
    expect(entries.map((e) => [e.path, e.state, e.group, e.groupSource])).toEqual([
      ['Portfolio/alice/a.docx', 'queued', 'alice', 'folder'],
      ['Portfolio/bob/b.zip', 'done', 'bob', 'folder'],
      ['Portfolio/bob/b.zip/x.md', 'done', 'bob', 'folder'],
      ['Portfolio/bob/b.zip/sub/y.md', 'done', 'bob', 'folder'],
      ['Portfolio/mail.eml', 'done', 'Gus Ho', 'sender'],
      ['https://example.com/post', 'queued', 'example.com', 'folder'],
    ]);
    expect(await queuedBytes(db, pending[1]!.id)).toBeUndefined();
    // Storing the same entry again (a resumed run that read it twice) changes nothing.
    await storeOutcomes(db, pending[1]!, [{ item: item('Portfolio/bob/b.zip', { label: 'ai' }) }]);
    expect((await entriesOf(db, audit.id)).find((e) => e.path === 'Portfolio/bob/b.zip')!.item!.label).toBe('unknown');
  });

  it('keeps a file’s flagged passages apart from its entry, gives them back to its reports, and deletes them with the audit', async () => {
    const audit = await createAudit(db, { name: 'f', sensitivity: 'cautious', inputs: [{ path: 'p/a.zip', origin: 'file', blob: blob('a') }] });
    const [entry] = await pendingEntries(db, audit.id);
    const flagged = [{ label: 'ai' as const, probability: 0.97, excerpt: 'In today’s fast-paced world, synergy matters.' }];
    await storeOutcomes(db, entry!, [
      { item: item('p/a.zip', { format: 'zip', label: 'unknown' }) },
      { item: item('p/a.zip/x.md', { parent: 'p/a.zip', label: 'ai', flagged }) },
    ]);
    const entries = await entriesOf(db, audit.id);
    // The table reads entries often: no passages in them.
    expect(entries.map((e) => e.item?.flagged)).toEqual([undefined, undefined]);
    const byEntry = await flaggedOf(db, audit.id);
    expect([...byEntry.keys()]).toEqual([entries[1]!.id]);
    const items = groupedItems(entries, byEntry);
    expect(items.map((i) => [i.path, i.flagged])).toEqual([['p/a.zip', undefined], ['p/a.zip/x.md', flagged]]);
    await deleteAudit(db, audit.id);
    expect(await db.auditFlagged.count()).toBe(0);
  });

  it('resumes where a closed dashboard left off: entries left reading are read again, finished ones are not', async () => {
    const audit = await createAudit(db, { name: 'r', sensitivity: 'cautious', inputs: ['a', 'b', 'c'].map((p) => ({ path: `x/${p}.txt`, origin: 'file' as const, blob: blob(p) })) });
    const [a, b] = await pendingEntries(db, audit.id);
    await storeOutcomes(db, a!, [{ item: item('x/a.txt') }]);
    await markReading(db, b!.id);
    // The dashboard closes here; on reopening, the audit is still running and these remain:
    expect((await db.audits.get(audit.id))!.state).toBe('running');
    expect((await pendingEntries(db, audit.id)).map((e) => e.path)).toEqual(['x/b.txt', 'x/c.txt']);
  });

  it('cancels: unread files are listed as cancelled with a reason, their bytes released', async () => {
    const audit = await createAudit(db, { name: 'c', sensitivity: 'cautious', inputs: ['a', 'b'].map((p) => ({ path: `x/${p}.txt`, origin: 'file' as const, blob: blob(p) })) });
    const [a] = await pendingEntries(db, audit.id);
    await storeOutcomes(db, a!, [{ item: item('x/a.txt') }]);
    expect(await cancelAudit(db, audit.id)).toBe(1);
    const entries = await entriesOf(db, audit.id);
    expect(entries.map((e) => [e.state, e.item?.problem])).toEqual([['done', undefined], ['cancelled', 'cancelled']]);
    expect(await db.auditQueue.count()).toBe(0);
    expect((await db.audits.get(audit.id))!.state).toBe('cancelled');
  });

  it('finds the previous audit of the same portfolio, carries the user’s group edits to it, and deletes an audit whole', async () => {
    const first = await createAudit(db, { name: '1', sensitivity: 'cautious', inputs: [{ path: 'p/a.txt', origin: 'file', blob: blob('a') }], now: 1000 });
    const [entry] = await pendingEntries(db, first.id);
    await storeOutcomes(db, entry!, [{ item: item('p/a.txt'), record: undefined }]);
    await setGroup(db, entry!.id, '  Acme project ');
    await finishAudit(db, first.id, 1500);
    await createAudit(db, { name: 'other', sensitivity: 'cautious', inputs: [{ path: 'q/z.txt', origin: 'file', blob: blob('z') }], now: 1800 });
    const second = await createAudit(db, { name: '2', sensitivity: 'cautious', inputs: [{ path: 'p/a.txt', origin: 'file', blob: blob('a') }], now: 2000 });
    expect((await previousAudit(db, ['p/a.txt'], 2000, second.id))?.id).toBe(first.id);
    expect((await entriesOf(db, second.id))[0]).toMatchObject({ group: 'Acme project', groupSource: 'edited' });
    await deleteAudit(db, first.id);
    expect(await entriesOf(db, first.id)).toEqual([]);
    expect(await detailOf(db, entry!.id)).toBeUndefined();
    expect(await db.audits.get(first.id)).toBeUndefined();
  });
});
