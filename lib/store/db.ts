import Dexie, { type EntityTable } from 'dexie';
import type { ScanRecord } from '../schema/record';
import { relabelRecord } from './relabel';
import type { CertificateRow, IdentityRow, SignerRow } from './certify-rows';
import type { AuditEntryRow, AuditRow } from '../audit/schema';
import type { AuditDetailRow, FlaggedRow, QueuedBytes } from './audits';

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

/**
 * v6: portfolio audits. An audit, its entries (one per file, summary only, indexed by audit and state),
 * each entry's detail (the record with its passages, or an image's provenance) apart so the results
 * table reads fast, each file's flagged passages (for reports) apart too, keeping the entries small, and
 * the bytes of files still to read, so a closed dashboard's audit can be resumed. Only new tables:
 * records, usage and certificates stay as they are.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  audits: 'id, startedAt, state',
  auditEntries: 'id, auditId, [auditId+state], path',
  auditDetails: 'id, auditId',
  auditFlagged: 'id, auditId',
  auditQueue: 'id, auditId',
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
  audits: EntityTable<AuditRow, 'id'>;
  auditEntries: EntityTable<AuditEntryRow, 'id'>;
  auditDetails: EntityTable<AuditDetailRow, 'id'>;
  auditFlagged: EntityTable<FlaggedRow, 'id'>;
  auditQueue: EntityTable<QueuedBytes, 'id'>;
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
  // New tables only: records, the word budget and certificates stay as they are.
  db.version(6).stores(SCHEMA_V6);
  return db;
}

let shared: AssayDB | undefined;
/** The extension's database, opened once per context. */
export function getDatabase(): AssayDB {
  shared ??= openDatabase();
  return shared;
}
