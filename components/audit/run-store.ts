import { create } from 'zustand';
import { t } from '../../lib/i18n';
import { createAuditRunner, type AuditProgress } from '../../lib/ui/audit-runner';
import type { AuditAdapter } from './adapter';

/**
 * The audit being read in this page, outside any component: the section can be left and come back
 * (the dashboard's sections) while the pool works on. `version` moves when stored entries change, at
 * most once a second during a run, so the table reloads without a query per file.
 */
interface RunState {
  progress: AuditProgress | null;
  /** Another dashboard tab is reading this audit. */
  busyElsewhere: string | null;
  version: number;
  error: string | null;
  cancel: (() => void) | null;
}

export const useAuditRun = create<RunState>(() => ({ progress: null, busyElsewhere: null, version: 0, error: null, cancel: null }));

/** Reloads of the table during a run: often enough to watch, rare enough to keep the page responsive. */
const RELOAD_EVERY_MS = 3000;
/** Redraws of the progress bar: each repaints the page, which costs tens of milliseconds without a GPU. */
const PROGRESS_EVERY_MS = 250;

export const bumpVersion = () => useAuditRun.setState((s) => ({ version: s.version + 1 }));

/** Reads an audit's queued files with the adapter's workers; resolves when it is done, cancelled, or held by another tab. */
export async function runAudit(adapter: AuditAdapter, auditId: string): Promise<void> {
  if (useAuditRun.getState().progress?.state === 'running') return;
  const { sensitivity, trustAnchors } = await adapter.settings();
  const runner = createAuditRunner({ db: adapter.db, startWorker: adapter.startWorker, poolSize: adapter.poolSize, fetchPage: adapter.fetchPage, trustAnchors });
  useAuditRun.setState({ cancel: () => runner.cancel(), busyElsewhere: null, error: null });
  let lastReload = 0;
  let lastDraw = 0;
  try {
    const got = await adapter.withLock(`assay-audit-${auditId}`, async () => {
      await runner.run(auditId, sensitivity, (progress) => {
        const now = Date.now();
        const final = progress.state !== 'running';
        if (final || now - lastDraw >= PROGRESS_EVERY_MS) {
          lastDraw = now;
          useAuditRun.setState({ progress });
        }
        if (final || now - lastReload >= RELOAD_EVERY_MS) {
          lastReload = now;
          bumpVersion();
        }
      });
    });
    if (!got) useAuditRun.setState({ busyElsewhere: auditId });
  } catch (error) {
    useAuditRun.setState({ error: t('audit.error.stopped', { error: error instanceof Error ? error.message : String(error) }) });
  } finally {
    useAuditRun.setState({ cancel: null });
    bumpVersion();
  }
}
