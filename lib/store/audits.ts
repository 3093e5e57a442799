import { folderGroups, groupOf, NO_GROUP } from '../audit/group';
import { innerGroup } from '../audit/inner';
import { AuditEntryRowSchema, AuditRowSchema, type AuditEntryRow, type AuditItem, type AuditRow } from '../audit/schema';
import type { ImageProvenance } from '../schema/provenance';
import type { ScanRecord } from '../schema/record';
import type { Sensitivity } from '../schema/sensitivity';
import type { AssayDB } from './db';

/**
 * Audits in Dexie (schema v5): the audit, one entry per file (summary only, so the table reads fast),
 * the detail of each (the scan record with its passages, or an image's provenance) apart, and the
 * bytes of files still to read, so an audit survives the dashboard being closed and is resumed.
 */

/** Entries written per transaction when an audit is created: short transactions keep the page responsive. */
const WRITE_CHUNK = 200;

export interface AuditDetailRow {
  id: string;
  auditId: string;
  record?: ScanRecord;
  provenance?: ImageProvenance;
}

/** A file's flagged passages, kept apart from its entry: the results table reads entries often, reports read these once. */
export interface FlaggedRow {
  id: string;
  auditId: string;
  flagged: NonNullable<AuditItem['flagged']>;
}

export interface QueuedBytes {
  id: string;
  auditId: string;
  blob: Blob;
}

export interface NewAuditInput {
  path: string;
  origin: 'file' | 'url';
  /** The file's bytes, kept until it is read; none for an address, fetched when its turn comes. */
  blob?: Blob;
}

const entryId = (auditId: string, order: number) => `${auditId}:${order}`;

/** The latest audit that shares a path with these: the portfolio's previous audit. */
export async function previousAudit(db: AssayDB, paths: readonly string[], before: number, exceptId?: string): Promise<AuditRow | undefined> {
  const wanted = new Set(paths);
  const audits = (await db.audits.orderBy('startedAt').reverse().toArray()).filter((a) => a.startedAt < before && a.id !== exceptId && a.state !== 'running');
  for (const audit of audits) {
    const found = await db.auditEntries.where('auditId').equals(audit.id).filter((e) => wanted.has(e.path)).first();
    if (found) return audit;
  }
  return undefined;
}

/** Creates an audit with every input queued; groups from the folder structure, and the user's edits from the previous audit. */
export async function createAudit(db: AssayDB, options: { name: string; sensitivity: Sensitivity; inputs: readonly NewAuditInput[]; now?: number; id?: string }): Promise<AuditRow> {
  const startedAt = options.now ?? Date.now();
  const audit = AuditRowSchema.parse({
    id: options.id ?? crypto.randomUUID(),
    name: options.name,
    startedAt,
    state: 'running',
    sensitivity: options.sensitivity,
    inputs: { files: options.inputs.filter((i) => i.origin === 'file').length, urls: options.inputs.filter((i) => i.origin === 'url').length },
  });
  const paths = options.inputs.map((i) => i.path);
  const folders = folderGroups(options.inputs.filter((i) => i.origin === 'file').map((i) => i.path));
  const previous = await previousAudit(db, paths, startedAt);
  const edited = new Map<string, string>();
  if (previous) for (const e of await db.auditEntries.where('auditId').equals(previous.id).filter((e) => e.groupSource === 'edited').toArray()) edited.set(e.path, e.group);
  await db.audits.put(audit);
  for (let start = 0; start < options.inputs.length; start += WRITE_CHUNK) {
    const chunk = options.inputs.slice(start, start + WRITE_CHUNK);
    await db.transaction('rw', db.auditEntries, db.auditQueue, async () => {
      await db.auditEntries.bulkPut(
        chunk.map((input, i) => {
          const folder = input.origin === 'url' ? safeHost(input.path) : folders.get(input.path);
          const group = edited.has(input.path) ? { group: edited.get(input.path)!, groupSource: 'edited' as const } : folder ? { group: folder, groupSource: 'folder' as const } : { group: NO_GROUP, groupSource: 'none' as const };
          return { id: entryId(audit.id, start + i), auditId: audit.id, path: input.path, order: start + i, origin: input.origin, state: 'queued' as const, ...group };
        }),
      );
      await db.auditQueue.bulkPut(chunk.flatMap((input, i) => (input.blob ? [{ id: entryId(audit.id, start + i), auditId: audit.id, blob: input.blob }] : [])));
    });
  }
  return audit;
}

/** A page address is grouped by its site. */
function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Entries still to read, in order; one left `reading` by a closed dashboard is read again. */
export async function pendingEntries(db: AssayDB, auditId: string): Promise<AuditEntryRow[]> {
  const rows = await db.auditEntries.where('auditId').equals(auditId).filter((e) => e.state === 'queued' || e.state === 'reading').toArray();
  return rows.sort((a, b) => a.order - b.order);
}

export function queuedBytes(db: AssayDB, entryId: string): Promise<QueuedBytes | undefined> {
  return db.auditQueue.get(entryId);
}

export async function markReading(db: AssayDB, entryId: string): Promise<void> {
  await db.auditEntries.update(entryId, { state: 'reading' });
}

export interface OutcomeToStore {
  item: AuditItem;
  record?: ScanRecord;
  provenance?: ImageProvenance;
}

/**
 * Stores what reading one entry gave, in one transaction: the entry's own item, an entry for each file
 * found inside it (grouped by `innerGroup`), their details, and the queued bytes released.
 */
export async function storeOutcomes(db: AssayDB, entry: AuditEntryRow, outcomes: readonly OutcomeToStore[]): Promise<void> {
  const [own, ...inner] = outcomes;
  if (!own) return;
  await db.transaction('rw', [db.auditEntries, db.auditDetails, db.auditFlagged, db.auditQueue], async () => {
    const putFlagged = (id: string, item: AuditItem) => (item.flagged?.length ? db.auditFlagged.put({ id, auditId: entry.auditId, flagged: item.flagged }) : undefined);
    const slim = ({ flagged: _flagged, ...item }: AuditItem): AuditItem => item;
    const current = await db.auditEntries.get(entry.id);
    if (!current || (current.state !== 'queued' && current.state !== 'reading')) return;
    const group = current.groupSource === 'none' ? groupOf(undefined, own.item.meta) : { group: current.group, groupSource: current.groupSource };
    const updated = AuditEntryRowSchema.parse({ ...current, ...group, state: own.item.state, item: slim(own.item) });
    await db.auditEntries.put(updated);
    await putFlagged(entry.id, own.item);
    if (own.record || own.provenance) await db.auditDetails.put({ id: entry.id, auditId: entry.auditId, ...(own.record ? { record: own.record } : {}), ...(own.provenance ? { provenance: own.provenance } : {}) });
    const containers = new Map<string, { path: string; group: string; groupSource: AuditEntryRow['groupSource'] }>([[updated.path, updated]]);
    let n = 0;
    for (const outcome of inner) {
      const parent = containers.get(outcome.item.parent ?? '') ?? updated;
      const g = innerGroup(parent, outcome.item.path, outcome.item.meta);
      const id = `${entry.id}.${++n}`;
      const row = AuditEntryRowSchema.parse({ id, auditId: entry.auditId, path: outcome.item.path, order: entry.order + n / 100_000, origin: 'inner', state: outcome.item.state, ...g, item: slim(outcome.item) });
      containers.set(row.path, row);
      await db.auditEntries.put(row);
      await putFlagged(id, outcome.item);
      if (outcome.record || outcome.provenance) await db.auditDetails.put({ id, auditId: entry.auditId, ...(outcome.record ? { record: outcome.record } : {}), ...(outcome.provenance ? { provenance: outcome.provenance } : {}) });
    }
    await db.auditQueue.delete(entry.id);
  });
}

/** Finishes an audit whose entries are all read. */
export async function finishAudit(db: AssayDB, auditId: string, now = Date.now()): Promise<void> {
  await db.audits.update(auditId, { state: 'done', finishedAt: now });
}

/** Stops an audit: entries not yet read are listed as cancelled (never silently dropped), their bytes released. */
export async function cancelAudit(db: AssayDB, auditId: string, now = Date.now()): Promise<number> {
  const pending = await pendingEntries(db, auditId);
  // Hashed before the transaction: awaiting WebCrypto inside one would commit it early.
  const hashes = await Promise.all(pending.map((entry) => cancelledHash(entry.path)));
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditQueue], async () => {
    for (const [i, entry] of pending.entries()) {
      const item: AuditItem = { path: entry.path, bytes: 0, contentHash: hashes[i]!, state: 'failed', problem: 'cancelled', error: 'The audit was cancelled before this file was read.', meta: {}, notes: [], certificate: { status: 'none' }, durationMs: 0 };
      await db.auditEntries.put({ ...entry, state: 'cancelled', item });
    }
    await db.auditQueue.where('auditId').equals(auditId).delete();
    await db.audits.update(auditId, { state: 'cancelled', finishedAt: now });
  });
  return pending.length;
}

async function cancelledHash(path: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`cancelled:${path}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function listAudits(db: AssayDB): Promise<AuditRow[]> {
  return db.audits.orderBy('startedAt').reverse().toArray();
}

export async function entriesOf(db: AssayDB, auditId: string): Promise<AuditEntryRow[]> {
  return (await db.auditEntries.where('auditId').equals(auditId).toArray()).sort((a, b) => a.order - b.order);
}

/** Every flagged passage of an audit, by entry: for its reports. */
export async function flaggedOf(db: AssayDB, auditId: string): Promise<Map<string, FlaggedRow['flagged']>> {
  const rows = await db.auditFlagged.where('auditId').equals(auditId).toArray();
  return new Map(rows.map((r) => [r.id, r.flagged]));
}

export function detailOf(db: AssayDB, entryId: string): Promise<AuditDetailRow | undefined> {
  return db.auditDetails.get(entryId);
}

/** The user names a file's freelancer or project; the edit is kept for the same path in later audits. */
export async function setGroup(db: AssayDB, entryId: string, group: string): Promise<void> {
  const name = group.trim().slice(0, 300);
  await db.auditEntries.update(entryId, name ? { group: name, groupSource: 'edited' } : { group: NO_GROUP, groupSource: 'none' });
}

export async function deleteAudit(db: AssayDB, auditId: string): Promise<void> {
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditDetails, db.auditFlagged, db.auditQueue], async () => {
    await db.auditEntries.where('auditId').equals(auditId).delete();
    await db.auditDetails.where('auditId').equals(auditId).delete();
    await db.auditFlagged.where('auditId').equals(auditId).delete();
    await db.auditQueue.where('auditId').equals(auditId).delete();
    await db.audits.delete(auditId);
  });
}
