import { unreadableItem } from '../audit/unread';
import type { AuditEntryRow } from '../audit/schema';
import type { Sensitivity } from '../schema/sensitivity';
import { cancelAudit, finishAudit, markReading, pendingEntries, queuedBytes, storeOutcomes, type OutcomeToStore } from '../store/audits';
import type { AssayDB } from '../store/db';
import { AuditReplySchema, type AuditJob, type AuditReply } from './audit-protocol';

/**
 * Runs an audit in the dashboard: a pool of workers reads the queued files (each worker one file at a
 * time, the page only passes Blobs along and stores what comes back), page addresses are fetched
 * here, and every outcome is stored as it arrives, so closing the dashboard loses only the files
 * being read at that moment. Cancelling stops the workers and lists the unread files as cancelled.
 */

export interface AuditWorkerLike {
  postMessage(message: AuditJob): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export type FetchedPage = { blob: Blob; mimeType?: string } | { error: string };

export interface RunnerDeps {
  db: AssayDB;
  startWorker(): AuditWorkerLike;
  poolSize: number;
  fetchPage(url: string): Promise<FetchedPage>;
  trustAnchors?: string[];
}

export interface AuditProgress {
  auditId: string;
  /** Files given by the user (inner files of archives and mails are counted as their container's). */
  total: number;
  done: number;
  failed: number;
  /** The files being read now. */
  reading: string[];
  state: 'running' | 'done' | 'cancelled';
}

/** Workers at most, whatever the machine: each holds the detector's model and a document's parse. */
export const MAX_POOL = 8;
export const poolSizeFor = (cores: number | undefined) => Math.max(1, Math.min(MAX_POOL, cores || 2));

export function createAuditRunner(deps: RunnerDeps) {
  let cancelled = false;
  const workers = new Set<AuditWorkerLike>();
  const waiting = new Map<number, (reply: AuditReply) => void>();
  let seq = 0;

  const startWorker = () => {
    const worker = deps.startWorker();
    worker.addEventListener('message', (event) => {
      const reply = AuditReplySchema.safeParse(event.data);
      if (!reply.success) return;
      const resolve = waiting.get(reply.data.id);
      waiting.delete(reply.data.id);
      resolve?.(reply.data);
    });
    workers.add(worker);
    return worker;
  };

  /** One file in one worker; a worker that dies fails its file with the reason and is replaced. */
  const read = (worker: { current: AuditWorkerLike }, job: Omit<AuditJob, 'id'>) =>
    new Promise<AuditReply>((resolve) => {
      const id = ++seq;
      waiting.set(id, resolve);
      const onError = (event: { message?: string }) => {
        if (!waiting.has(id)) return;
        waiting.delete(id);
        workers.delete(worker.current);
        worker.current.terminate();
        if (!cancelled) worker.current = startWorker();
        resolve({ id, error: `the reader stopped while reading this file${event.message ? ` (${event.message})` : ''}` });
      };
      worker.current.addEventListener('error', onError);
      worker.current.postMessage({ ...job, id });
    });

  return {
    /** Reads every queued file of an audit; resolves when all are read or the audit is cancelled. */
    async run(auditId: string, sensitivity: Sensitivity, onProgress: (progress: AuditProgress) => void): Promise<AuditProgress['state']> {
      const all = await deps.db.auditEntries.where('auditId').equals(auditId).filter((e) => e.origin !== 'inner').toArray();
      const pending = await pendingEntries(deps.db, auditId);
      const progress: AuditProgress = { auditId, total: all.length, done: all.length - pending.length, failed: all.filter((e) => e.state === 'failed' || e.state === 'cancelled').length, reading: [], state: 'running' };
      const report = () => onProgress({ ...progress, reading: [...progress.reading] });
      report();
      let next = 0;
      const lane = async () => {
        const worker = { current: startWorker() };
        while (next < pending.length && !cancelled) {
          const entry = pending[next++]!;
          progress.reading.push(entry.path);
          report();
          const outcomes = await readEntry(entry, worker, sensitivity);
          progress.reading.splice(progress.reading.indexOf(entry.path), 1);
          if (cancelled) break;
          await storeOutcomes(deps.db, entry, outcomes);
          progress.done++;
          if (outcomes[0]?.item.state === 'failed') progress.failed++;
          report();
        }
      };
      const readEntry = async (entry: AuditEntryRow, worker: { current: AuditWorkerLike }, sens: Sensitivity): Promise<OutcomeToStore[]> => {
        await markReading(deps.db, entry.id);
        let blob: Blob;
        let mimeType: string | undefined;
        if (entry.origin === 'url') {
          const page = await deps.fetchPage(entry.path);
          if ('error' in page) return [{ item: await unreadableItem(entry.path, 'fetch-failed', page.error) }];
          blob = page.blob;
          mimeType = page.mimeType;
        } else {
          const queued = await queuedBytes(deps.db, entry.id);
          if (!queued) return [{ item: await unreadableItem(entry.path, 'unreadable', `${entry.path}: its bytes are no longer here (add the file again)`) }];
          blob = queued.blob;
        }
        const reply = await read(worker, { path: entry.path, blob, sensitivity: sens, ...(mimeType ? { mimeType } : {}), ...(deps.trustAnchors?.length ? { trustAnchors: deps.trustAnchors } : {}) });
        if ('error' in reply) return [{ item: await unreadableItem(entry.path, 'unreadable', `${entry.path}: ${reply.error}`, blob.size) }];
        return reply.outcomes;
      };
      await Promise.all(Array.from({ length: Math.min(deps.poolSize, Math.max(1, pending.length)) }, lane));
      for (const worker of workers) worker.terminate();
      workers.clear();
      if (cancelled) {
        await cancelAudit(deps.db, auditId);
        progress.state = 'cancelled';
      } else {
        await finishAudit(deps.db, auditId);
        progress.state = 'done';
      }
      progress.reading = [];
      report();
      return progress.state;
    },
    /** Stops at once: the files being read are dropped and listed, with the unread ones, as cancelled. */
    cancel() {
      cancelled = true;
      for (const worker of workers) worker.terminate();
      for (const [id, resolve] of waiting) resolve({ id, error: 'cancelled' });
      waiting.clear();
    },
  };
}
