import { sha256Hex } from '../hash';
import type { FileProblem } from '../extract/files/types';
import { NO_CERTIFICATE, type AuditItem } from './schema';

/**
 * The item of a file whose bytes could not be had at all (missing, no permission, over the size limit
 * before loading, a page that would not load). Its content hash is taken of its path and problem, so a
 * later audit says "unchanged" while the file stays unreadable for the same reason.
 */
export async function unreadableItem(path: string, problem: FileProblem, message: string, bytes = 0): Promise<AuditItem> {
  const hash = await sha256Hex(`unread:${problem}:${path}`);
  return { path, bytes, contentHash: hash, state: 'failed', problem, error: message.slice(0, 1000), meta: {}, notes: [], certificate: NO_CERTIFICATE, durationMs: 0 };
}
