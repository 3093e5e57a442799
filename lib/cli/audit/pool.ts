import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { AuditItemSchema, type AuditItem } from '../../audit/schema';
import { t } from '../../i18n';
import type { Sensitivity } from '../../schema/sensitivity';

export interface WorkerJob {
  id: number;
  path: string;
  abs?: string;
  size?: number;
  bytes?: Uint8Array;
  mimeType?: string;
  sensitivity: Sensitivity;
}

/** `error` is stored with the file: in English, as every reason an audit keeps (lib/audit/stored-text.ts). */
export type WorkerReply = { id: number; items: AuditItem[] } | { id: number; error: string };

const ReplySchema = z.union([z.object({ id: z.number(), items: z.array(AuditItemSchema) }), z.object({ id: z.number(), error: z.string() })]);

/** The worker's script: the bundle's own file, or a boot file that loads the TypeScript sources. */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker-boot.mjs', here) : new URL('./audit-worker.mjs', here);
}

export const defaultPoolSize = () => Math.max(1, availableParallelism());

/**
 * A pool of worker threads, one file each at a time: every core reads and judges files. A worker that
 * dies fails its file with the reason and is replaced; the audit goes on.
 */
export function createPool(size: number) {
  type Slot = { worker: Worker; dead?: boolean; job?: { id: number; resolve: (r: WorkerReply) => void } };
  const slots: Slot[] = [];
  const idle: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];

  const release = (slot: Slot) => {
    slot.job = undefined;
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(workerUrl()) };
    slot.worker.on('message', (raw: unknown) => {
      const reply = ReplySchema.safeParse(raw);
      const job = slot.job;
      if (!job) return;
      job.resolve(reply.success ? reply.data : { id: job.id, error: t('cli.audit.readerUnexpected', undefined, 'en') });
      release(slot);
    });
    const died = (reason: string) => {
      // 'error' is followed by 'exit': one replacement per worker.
      if (slot.dead) return;
      slot.dead = true;
      const job = slot.job;
      const at = slots.indexOf(slot);
      if (at >= 0) slots.splice(at, 1);
      const i = idle.indexOf(slot);
      if (i >= 0) idle.splice(i, 1);
      if (job) job.resolve({ id: job.id, error: t('cli.audit.readerStopped', { reason }, 'en') });
      if (!closed) {
        const fresh = spawn();
        slots.push(fresh);
        release(fresh);
      }
    };
    slot.worker.on('error', (error) => died(error.message));
    slot.worker.on('exit', (code) => {
      if (!closed) died(t('cli.audit.exitCode', { code: String(code) }, 'en'));
    });
    return slot;
  };
  let closed = false;
  for (let i = 0; i < size; i++) {
    const slot = spawn();
    slots.push(slot);
    idle.push(slot);
  }
  const acquire = () => new Promise<Slot>((resolve) => {
    const slot = idle.shift();
    if (slot) resolve(slot);
    else waiting.push(resolve);
  });
  return {
    async run(job: WorkerJob): Promise<WorkerReply> {
      const slot = await acquire();
      return new Promise<WorkerReply>((resolve) => {
        slot.job = { id: job.id, resolve };
        slot.worker.postMessage(job);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
