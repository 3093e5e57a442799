import '../../i18n/all';
import { t } from '../../i18n';
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { checkSize, FileReadError } from '../../extract/files';
import { loadC2paReaderNode } from '../../provenance/c2pa-node';
import { auditFile, unreadableItem } from '../../scan/audit';
import type { AuditItem } from '../../audit/schema';
import type { WorkerJob, WorkerReply } from './pool';

/**
 * A worker thread of `assay audit`: reads one file at a time from disk (or takes the bytes of a
 * fetched page) and runs it through the audit's one scan pipeline. A file over the size limit is
 * refused by its size, never loaded.
 */
const port = parentPort!;
// The worker keeps English, the default: what it returns is stored with the audit, and audits keep their
// reasons in English so an export reads the same in any language (lib/audit/stored-text.ts); the
// command says them in the terminal's language.

async function run(job: WorkerJob): Promise<AuditItem[]> {
  const env = { sensitivity: job.sensitivity, loadC2pa: loadC2paReaderNode, now: () => performance.now() };
  let bytes: Uint8Array;
  if (job.bytes) bytes = job.bytes;
  else {
    try {
      checkSize(job.path, job.size ?? 0);
      bytes = await readFile(job.abs!);
    } catch (error) {
      if (error instanceof FileReadError) return [await unreadableItem(job.path, error.problem, error.message, job.size ?? 0)];
      return [await unreadableItem(job.path, 'unreadable', t('cli.input.cannotRead', { path: job.path, error: error instanceof Error ? error.message : String(error) }), job.size ?? 0)];
    }
  }
  const outcomes = await auditFile({ path: job.path, bytes, ...(job.mimeType ? { mimeType: job.mimeType } : {}) }, env);
  return outcomes.map((o) => o.item);
}

port.on('message', (job: WorkerJob) => {
  run(job).then(
    (items) => port.postMessage({ id: job.id, items } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
