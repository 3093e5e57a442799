import type { AssayDB } from '../../lib/store/db';
import type { Sensitivity } from '../../lib/schema/sensitivity';
import type { AuditWorkerLike, FetchedPage } from '../../lib/ui/audit-runner';

/**
 * What the audit section needs from the page it is mounted in: the database, its workers, the user's
 * settings, permission for page addresses, page fetching and file downloads. The dashboard passes the
 * extension's (entrypoints/options/audit-adapter.ts); tests pass their own.
 */
export interface AuditAdapter {
  db: AssayDB;
  startWorker(): AuditWorkerLike;
  poolSize: number;
  settings(): Promise<{ sensitivity: Sensitivity; trustAnchors: string[] }>;
  /** Asks for host access to exactly these origins (`https://example.com/*`); true when granted. */
  requestOrigins(origins: string[]): Promise<boolean>;
  fetchPage(url: string): Promise<FetchedPage>;
  download(name: string, type: string, text: string): void;
  /** Runs `task` holding a lock on the audit, so two dashboard tabs never read the same audit; false when another tab holds it. */
  withLock(name: string, task: () => Promise<void>): Promise<boolean>;
}
