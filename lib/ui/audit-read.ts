import { unreadableItem } from '../audit/unread';
import type { AuditOutcome } from '../scan/audit';
import { queuedBytes, storeOutcomes } from '../store/audits';
import type { AssayDB } from '../store/db';
import type { AuditJob, AuditReply } from './audit-protocol';

/**
 * What an audit worker does with a job, given the one-file audit: the bytes from the queue (or the
 * fetched page), the outcomes stored in one transaction, a summary back. Kept apart from the worker
 * entry so tests run it in their own thread.
 */
export async function readJob(db: AssayDB, job: AuditJob, audit: (file: { path: string; bytes: Uint8Array; mimeType?: string }) => Promise<AuditOutcome[]>): Promise<AuditReply> {
  const { entry } = job;
  let blob: Blob | undefined = job.page?.blob;
  if (!blob) blob = (await queuedBytes(db, entry.id))?.blob;
  const outcomes = blob
    ? await audit({ path: entry.path, bytes: new Uint8Array(await blob.arrayBuffer()), ...(job.page?.mimeType ? { mimeType: job.page.mimeType } : {}) })
    : [{ item: await unreadableItem(entry.path, 'unreadable', `${entry.path}: its bytes are no longer here (add the file again)`) }];
  await storeOutcomes(db, entry, outcomes);
  return { id: job.id, state: outcomes[0]!.item.state, files: outcomes.length };
}
