import Dexie, { type EntityTable } from 'dexie';
import type { ScanRecord } from '../schema/record';
import { relabelRecord } from './relabel';
import type { CertificateRow, IdentityRow, SignerRow } from './certify-rows';

export const DB_NAME = 'assay';

/**
 * One schema constant per version. A new version adds a constant and an `upgrade` below; older
 * constants stay as they were so that upgrades from every released version keep working.
 */
export const SCHEMA_V1 = {
  records: 'id, &source.url, contentHash, scannedAt, source.kind, verdict.label',
} as const;

/** v2 adds `images` to every record (no new index): the upgrade gives v1 records an empty list. */
export const SCHEMA_V2 = SCHEMA_V1;

/**
 * v3: a record is one deliverable of one kind, so the unique key is the kind and the address together
 * (a page scan of a Google Docs address no longer replaces the document's Docs record); and the words
 * sent to each remote classifier per month live here, so a budget is checked and charged in one
 * transaction.
 */
export const SCHEMA_V3 = {
  records: 'id, &[source.kind+source.url], source.url, contentHash, scannedAt, source.kind, verdict.label',
  usage: 'id, month',
} as const;

/**
 * v4: verdicts scored before model 2 are re-read under today's labels (*Likely human* needs evidence;
 * see relabel.ts); no index changes.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * v5: certificates. `identities` holds the freelancer's signing keys (the private key a non-extractable
 * CryptoKey), `signers` the keys a client has seen under each name (trust on first use), `certificates`
 * those issued and verified here. Only new tables: records and usage stay as they are.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  identities: 'id, createdAt',
  signers: 'id, nameKey, thumbprint',
  certificates: 'id, kind, at',
} as const;

/** Words sent to one provider in one month (`id` is `${month}|${provider}`). */
export interface UsageRow {
  id: string;
  month: string;
  provider: string;
  words: number;
}

export type AssayDB = Dexie & {
  records: EntityTable<ScanRecord, 'id'>;
  usage: EntityTable<UsageRow, 'id'>;
  identities: EntityTable<IdentityRow, 'id'>;
  signers: EntityTable<SignerRow, 'id'>;
  certificates: EntityTable<CertificateRow, 'id'>;
};

export function openDatabase(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): AssayDB {
  const db = new Dexie(name, options) as AssayDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table('records')
        .toCollection()
        .modify((record: { images?: unknown }) => {
          record.images ??= [];
        }),
    );
  // Only indexes and a new table: the records themselves stay as they are.
  db.version(3).stores(SCHEMA_V3);
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade((tx) =>
      tx
        .table('records')
        .toCollection()
        .modify((record: ScanRecord, ref: { value: ScanRecord }) => {
          ref.value = relabelRecord(record);
        }),
    );
  db.version(5).stores(SCHEMA_V5);
  return db;
}

let shared: AssayDB | undefined;
/** The extension's database, opened once per context. */
export function getDatabase(): AssayDB {
  shared ??= openDatabase();
  return shared;
}
