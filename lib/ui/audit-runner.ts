import { unreadableItem } from '../audit/unread';
import type { AuditEntryRow } from '../audit/schema';
import type { Sensitivity } from '../schema/sensitivity';
import { cancelAudit, finishAudit, markReading, pendingEntries, storeOutcomes } from '../store/audits';
import type { AssayDB } from '../store/db';
import { AuditReplySchema, type AuditJob, type AuditReply } from './audit-protocol';

/**
 * Runs an audit in the dashboard: a pool of workers reads the queued files, each worker one file at a
 * time, taking the bytes from IndexedDB and storing the outcome there itself (the page's thread only
 * hands out entries and hears a one-line summary back); page addresses are fetched here. Every
 * outcome is stored as it arrives, so closing the dashboard loses only the files being read at that
 * moment. Cancelling stops the workers and lists the unread files as cancelled.
 */

export interface AuditWorkerLike {
  postMessage(message: AuditJob): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/**
 * `error`: why a page could not be had, stored with the file as the readers' errors are: in English, the
 * reader's own message, shown beside the reason in the user's language (lib/audit/words.ts `PROBLEM_HINT`).
 */
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
      const size = Math.min(deps.poolSize, Math.max(1, pending.length));
      const holders = Array.from({ length: size }, () => ({ current: startWorker() }));
      const lane = async (worker: { current: AuditWorkerLike }) => {
        while (next < pending.length && !cancelled) {
          const entry = pending[next++]!;
          progress.reading.push(entry.path);
          report();
          await markReading(deps.db, entry.id);
          const state = await readEntry(entry, worker, sensitivity);
          progress.reading.splice(progress.reading.indexOf(entry.path), 1);
          if (cancelled) break;
          progress.done++;
          if (state === 'failed') progress.failed++;
          report();
        }
      };
      /** The entry's outcome is stored by the worker; a page that would not load, or a worker that died, is stored here. */
      const readEntry = async (entry: AuditEntryRow, worker: { current: AuditWorkerLike }, sens: Sensitivity): Promise<'done' | 'failed'> => {
        let page: AuditJob['page'];
        if (entry.origin === 'url') {
          const fetched = await deps.fetchPage(entry.path);
          if ('error' in fetched) {
            await storeOutcomes(deps.db, entry, [{ item: await unreadableItem(entry.path, 'fetch-failed', fetched.error) }]);
            return 'failed';
          }
          page = { blob: fetched.blob, ...(fetched.mimeType ? { mimeType: fetched.mimeType } : {}) };
        }
        const reply = await read(worker, { entry, sensitivity: sens, ...(page ? { page } : {}), ...(deps.trustAnchors?.length ? { trustAnchors: deps.trustAnchors } : {}) });
        if ('state' in reply) return reply.state;
        if (cancelled) return 'failed';
        await storeOutcomes(deps.db, entry, [{ item: await unreadableItem(entry.path, 'unreadable', `${entry.path}: ${reply.error}`) }]);
        return 'failed';
      };
      await Promise.all(holders.map(lane));
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
