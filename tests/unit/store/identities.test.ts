// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, type AssayDB } from '../../../lib/store/db';
import { createIdentity, currentIdentity, knownSigners, listCertificates, rememberKey, restoreIdentity, saveCertificate } from '../../../lib/store/identities';
import { listRecords } from '../../../lib/store/records';
import { parseKeyFile } from '../../../lib/certify/keys';
import { keyThumbprint, verifyCertificate, certify, certificateJson } from '../../../lib/certify';
import { ScanRecordSchema } from '../../../lib/schema/record';
import v1Fixture from '../../fixtures/db/v1-records.json';
import { REPORT, given, scanMarkdown } from '../certify/helpers';

let db: AssayDB;
let name: string;
let counter = 0;
beforeEach(() => {
  name = `assay-identities-${++counter}`;
  db = openDatabase(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const engine = { name: 'Assay local detector', version: '0.2.0', modelVersion: 'm' };

describe('signing identities in IndexedDB', () => {
  it('stores a new key non-extractable, hands back its encrypted backup once, and signs with it', async () => {
    const { row, backup } = await createIdentity(db, ' Ana Lima ', 'ana@example.org', 'a long passphrase');
    expect(row.name).toBe('Ana Lima');
    const stored = (await currentIdentity(db))!;
    expect(stored.id).toBe(await keyThumbprint(stored.publicKey));
    expect(stored.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', stored.privateKey)).rejects.toThrow();
    expect(backup.private.protection).toBe('passphrase');
    const certificate = await certify(
      { signer: stored, documents: [scanMarkdown('report.md', REPORT)], images: [], declaration: { uses: [{ use: 'none' }], note: '' }, engine, sensitivity: 'cautious', scannedAt: 0 },
      stored.privateKey,
    );
    expect(certificate.claims.signer.fingerprint).toBe(stored.fingerprint);
    const result = await verifyCertificate(certificateJson(certificate), { documents: [given('report.md', REPORT)], images: [], known: [] });
    expect(result.status).toBe('unknown-key');
  });

  it('restores a backup in another browser (another database): same key, same fingerprint, and it signs', async () => {
    const { row, backup } = await createIdentity(db, 'Ana Lima', undefined, 'a long passphrase');
    const other = openDatabase(`${name}-other`);
    try {
      await expect(restoreIdentity(other, parseKeyFile(JSON.stringify(backup)), 'not the passphrase')).rejects.toThrow(/Wrong passphrase/);
      expect(await other.identities.count()).toBe(0);
      const restored = await restoreIdentity(other, parseKeyFile(JSON.stringify(backup)), 'a long passphrase');
      expect(restored.row).toMatchObject({ id: row.id, fingerprint: row.fingerprint, origin: 'restored' });
      expect(restored.backup.publicKey).toEqual(backup.publicKey);
      const signature = await crypto.subtle.sign('Ed25519', (await currentIdentity(other))!.privateKey, new Uint8Array([1, 2, 3]));
      const publicKey = await crypto.subtle.importKey('jwk', { ...row.publicKey }, { name: 'Ed25519' }, false, ['verify']);
      expect(await crypto.subtle.verify('Ed25519', publicKey, signature, new Uint8Array([1, 2, 3]))).toBe(true);
    } finally {
      other.close();
      await Dexie.delete(`${name}-other`);
    }
  });

  it('remembers signers by folded name and lists every key seen under a name', async () => {
    await rememberKey(db, { name: 'Ana Lima', fingerprint: 'f1' }, 't1', 1);
    await rememberKey(db, { name: 'ana lima', fingerprint: 'f1' }, 't1', 5);
    await rememberKey(db, { name: 'ANA LIMA', fingerprint: 'f2' }, 't2', 9);
    const known = await knownSigners(db, 'Ana  Lima');
    expect(known.map((k) => [k.thumbprint, k.firstSeen, k.lastSeen]).sort()).toEqual([['t1', 1, 5], ['t2', 9, 9]]);
    await saveCertificate(db, { kind: 'verified', at: 3, title: 'report.md', signerName: 'Ana Lima', fingerprint: 'f1', text: '{}', status: 'valid', reason: 'ok' }, () => 'c1');
    expect((await listCertificates(db)).map((c) => c.id)).toEqual(['c1']);
  });
});

describe('schema v5 upgrades', () => {
  async function seed(version: 1 | 2 | 3 | 4) {
    db.close();
    const old = new Dexie(name);
    const schema = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3, 4: SCHEMA_V4 }[version];
    old.version(version).stores(schema);
    await old.table('records').bulkPut(v1Fixture.map((r) => (version === 1 ? r : { ...r, images: [] })));
    if (version >= 3) await old.table('usage').put({ id: '2026-11|gptzero', month: '2026-11', provider: 'gptzero', words: 1200 });
    old.close();
    db = openDatabase(name);
  }

  it.each([1, 2, 3, 4] as const)('upgrades a v%i database through v5 (now v6): records kept whole, the certificate tables empty and usable', async (version) => {
    await seed(version);
    expect(db.verno).toBe(6);
    const records = await listRecords(db);
    expect(records).toHaveLength(v1Fixture.length);
    for (const record of records) ScanRecordSchema.parse(record);
    if (version >= 3) expect(await db.usage.get('2026-11|gptzero')).toMatchObject({ words: 1200 });
    expect(await db.identities.count()).toBe(0);
    expect(await db.signers.count()).toBe(0);
    await createIdentity(db, 'Ana Lima', undefined, 'a long passphrase');
    await rememberKey(db, { name: 'Ana Lima', fingerprint: 'f' }, 't');
    expect(await db.identities.count()).toBe(1);
    expect(await knownSigners(db, 'ana lima')).toHaveLength(1);
  });
});
