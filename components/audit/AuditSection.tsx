import { useLiveQuery } from 'dexie-react-hooks';
import { memo, startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { diffAudits, type AuditDiff } from '../../lib/audit/diff';
import type { AuditEntryRow, AuditRow } from '../../lib/audit/schema';
import { CHANGE_TEXT } from '../../lib/audit/words';
import { cancelAudit, createAudit, deleteAudit, entriesOf, listAudits, previousAudit, setGroup } from '../../lib/store/audits';
import { DocumentLabelSchema } from '../../lib/schema/verdict';
import { applyTable, DEFAULT_TABLE, rowsOf, type SortKey, type TableOptions } from '../../lib/ui/audit-table';
import { PageHeader } from '../dashboard/shell/layout';
import { ErrorMessage } from '../ErrorMessage';
import type { AuditAdapter } from './adapter';
import { AuditFileDetail } from './AuditFileDetail';
import { AuditProgressBar } from './AuditProgressBar';
import { AuditStart } from './AuditStart';
import { AuditTable, VERDICT_TEXT } from './AuditTable';
import { buildExport } from './exports';
import { originsOf, type PickedFile } from './files';
import { bumpVersion, runAudit, useAuditRun } from './run-store';
import './audit.css';

/** The bar of the audit being read in this page, re-rendered alone as each file comes back. */
function LiveProgress() {
  const progress = useAuditRun((s) => s.progress);
  const cancel = useAuditRun((s) => s.cancel);
  if (!progress) return null;
  return <AuditProgressBar progress={progress} onCancel={progress.state === 'running' ? (cancel ?? undefined) : undefined} />;
}

/** The start panel does not follow the audit's progress: it re-renders only when it is enabled or disabled. */
const StartPanel = memo(function StartPanel({ disabled, onStart }: { disabled: boolean; onStart: (files: PickedFile[], urls: string[]) => Promise<void> }) {
  return <AuditStart disabled={disabled} onStart={(files, urls) => void onStart(files, urls)} />;
});

/** Rows per page: a thousand files render in pages, keeping every main-thread task short. */
export const PAGE_SIZE = 50;

const SORTS: { key: SortKey; text: string }[] = [
  { key: 'verdict', text: 'Verdict (Likely AI first)' },
  { key: 'aiShare', text: 'AI share' },
  { key: 'group', text: 'Freelancer or project' },
  { key: 'path', text: 'File' },
  { key: 'change', text: 'Change since last audit' },
];

interface Previous {
  audit: AuditRow;
  files: number;
  diff: AuditDiff;
}

/**
 * The portfolio audit, whole: files, folders and addresses in; a pool reads them off the main thread
 * with progress, cancel and resume; the results table with groups, filters and sorting; each file's
 * detail; what changed since the portfolio's last audit; exports. Mounted by the dashboard with its adapter.
 */
/**
 * The dashboard's Audit section. Which audit is shown can be the page's address (`#/audit/<audit id>`):
 * pass it as `auditId` with `onSelectAudit` to move there; without them the section keeps it itself.
 */
export function AuditSection({ adapter, auditId, onSelectAudit }: { adapter: AuditAdapter; auditId?: string; onSelectAudit?: (id: string | null) => void }) {
  const { db } = adapter;
  const audits = useLiveQuery(() => listAudits(db), [db]);
  // The progress moves with every file: only the bar follows it, the table follows `version`.
  const runState = useAuditRun((s) => s.progress?.state);
  const runAuditId = useAuditRun((s) => s.progress?.auditId);
  const version = useAuditRun((s) => s.version);
  const runError = useAuditRun((s) => s.error);
  const busyElsewhere = useAuditRun((s) => s.busyElsewhere);
  const [localId, setLocalId] = useState<string | null>(null);
  const selectedId = onSelectAudit ? (auditId ?? null) : localId;
  const setSelectedId = onSelectAudit ?? setLocalId;
  const [entries, setEntries] = useState<AuditEntryRow[] | null>(null);
  const [previous, setPrevious] = useState<Previous | null>(null);
  const [table, setTable] = useState<TableOptions>(DEFAULT_TABLE);
  const [grouped, setGrouped] = useState(true);
  const [page, setPage] = useState(0);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const audit = audits?.find((a) => a.id === selectedId) ?? audits?.[0] ?? null;
  const running = runState === 'running';
  const runningHere = running && runAuditId === audit?.id;
  const interrupted = audit?.state === 'running' && !runningHere;

  useEffect(() => {
    if (!audit) return;
    let live = true;
    void (async () => {
      const rows = await entriesOf(db, audit.id);
      if (!live) return;
      // A transition: React renders the table in slices, so a thousand rows never block the page.
      startTransition(() => setEntries(rows));
      if (audit.state === 'running') return setPrevious(null);
      const earlier = await previousAudit(db, rows.map((r) => r.path), audit.startedAt, audit.id);
      if (!earlier || !live) return setPrevious(null);
      const before = await entriesOf(db, earlier.id);
      const items = (list: AuditEntryRow[]) => list.flatMap((e) => (e.item ? [{ path: e.path, contentHash: e.item.contentHash, label: e.item.state === 'done' ? e.item.label : undefined, state: e.item.state, group: e.group }] : []));
      if (live) startTransition(() => setPrevious({ audit: earlier, files: before.length, diff: diffAudits(items(rows), items(before)) }));
    })();
    return () => {
      live = false;
    };
  }, [db, audit?.id, audit?.state, version]);

  const rows = useMemo(() => (entries ? applyTable(rowsOf(entries, previous?.diff), table) : []), [entries, previous, table]);
  const groups = useMemo(() => [...new Set((entries ?? []).map((e) => e.group))].sort(), [entries]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const pageShown = Math.min(page, pages - 1);
  const shown = useMemo(() => rows.slice(pageShown * PAGE_SIZE, (pageShown + 1) * PAGE_SIZE), [rows, pageShown]);
  const detail = entries?.find((e) => e.id === detailId) ?? null;
  const editGroup = useCallback((id: string, group: string) => void setGroup(db, id, group).then(bumpVersion), [db]);
  const setOption = (patch: Partial<TableOptions>) => {
    setTable((t) => ({ ...t, ...patch }));
    setPage(0);
  };

  const start = useCallback(async (files: PickedFile[], urls: string[]) => {
    setError(null);
    try {
      // Asked first, while the click still counts as the user's gesture.
      if (urls.length && !(await adapter.requestOrigins(originsOf(urls)))) setError('Chrome did not allow reading those sites: their addresses are listed as not fetched. The files are audited.');
      const { sensitivity } = await adapter.settings();
      const created = await createAudit(db, {
        name: `Audit of ${new Date().toLocaleString()}`,
        sensitivity,
        inputs: [...files.map((f) => ({ path: f.path, origin: 'file' as const, blob: f.file })), ...urls.map((url) => ({ path: url, origin: 'url' as const }))],
      });
      setSelectedId(created.id);
      setDetailId(null);
      setPage(0);
      await runAudit(adapter, created.id);
    } catch (e) {
      setError(`The audit could not start: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [adapter, db, setSelectedId]);

  const exportAs = async (kind: 'json' | 'csv' | 'html') => {
    if (!audit || !entries) return;
    try {
      const file = await buildExport(kind, db, audit, entries, previous?.diff, previous ? { ...previous.audit, files: previous.files } : undefined);
      adapter.download(file.name, file.type, file.text);
    } catch (e) {
      setError(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="audit">
      <PageHeader
        title="Audit"
        description="A whole portfolio at once: every delivered file and page with its verdict, grouped by freelancer or project, what changed since the last audit, and a report to hand over. Everything is read on this computer."
      />
      <StartPanel disabled={running} onStart={start} />
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {runError && <ErrorMessage message={runError} onDismiss={() => useAuditRun.setState({ error: null })} />}
      {busyElsewhere === audit?.id && <p className="muted">This audit is being read in another dashboard tab.</p>}
      {runAuditId === audit?.id && <LiveProgress />}
      {interrupted && audit && entries && (
        <div className="audit-interrupted" role="status">
          <span>
            This audit was interrupted (the dashboard was closed): {entries.filter((e) => e.origin !== 'inner' && e.state !== 'queued' && e.state !== 'reading').length} of{' '}
            {entries.filter((e) => e.origin !== 'inner').length} files read.
          </span>{' '}
          <button type="button" className="primary" disabled={running} onClick={() => void runAudit(adapter, audit.id)}>
            Resume
          </button>{' '}
          <button type="button" className="secondary" onClick={() => void cancelAudit(db, audit.id).then(bumpVersion)}>
            Stop here
          </button>
        </div>
      )}
      {audits && audits.length === 0 && <p className="empty">No audit yet: drop a portfolio above.</p>}
      {audit && (
        <>
          <div className="audit-bar">
            <label>
              Audit{' '}
              <select value={audit.id} onChange={(e) => (setSelectedId(e.target.value), setDetailId(null), setPage(0))}>
                {audits!.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.state === 'done' ? 'done' : a.state === 'cancelled' ? 'cancelled' : 'not finished'})
                  </option>
                ))}
              </select>
            </label>
            <span className="exports">
              {(['json', 'csv', 'html'] as const).map((kind) => (
                <button key={kind} type="button" className="secondary" disabled={runningHere || !entries?.length} onClick={() => void exportAs(kind)}>
                  {kind === 'html' ? 'Audit report (HTML)' : `Export audit ${kind.toUpperCase()}`}
                </button>
              ))}
              {confirmDelete ? (
                <>
                  <button type="button" className="danger" onClick={() => void deleteAudit(db, audit.id).then(() => (setConfirmDelete(false), setSelectedId(null)))}>
                    Delete this audit
                  </button>
                  <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                    Keep it
                  </button>
                </>
              ) : (
                <button type="button" className="secondary" disabled={runningHere} onClick={() => setConfirmDelete(true)}>
                  Delete…
                </button>
              )}
            </span>
          </div>
          {previous && (
            <p className="audit-diff" data-testid="audit-diff">
              Since the audit of {new Date(previous.audit.startedAt).toLocaleString()}: {previous.diff.counts.new} new, {previous.diff.counts.changed} changed, {previous.diff.counts.unchanged} unchanged,{' '}
              {previous.diff.counts.removed} removed; {previous.diff.counts.verdictChanged} verdict{previous.diff.counts.verdictChanged === 1 ? '' : 's'} changed.
              {previous.diff.removed.length > 0 && <span className="muted"> Removed: {previous.diff.removed.slice(0, 5).map((r) => r.path).join(', ')}{previous.diff.removed.length > 5 ? '…' : ''}</span>}
            </p>
          )}
          <div className="filters audit-filters">
            <label>
              Verdict{' '}
              <select value={table.verdict} onChange={(e) => setOption({ verdict: e.target.value as TableOptions['verdict'] })}>
                <option value="all">All</option>
                {[...DocumentLabelSchema.options, 'not-read' as const].map((v) => (
                  <option key={v} value={v}>
                    {VERDICT_TEXT(v)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Freelancer or project{' '}
              <select value={table.group} onChange={(e) => setOption({ group: e.target.value })}>
                <option value="all">All</option>
                {groups.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </label>
            {previous && (
              <label>
                Change{' '}
                <select value={table.change} onChange={(e) => setOption({ change: e.target.value as TableOptions['change'] })}>
                  <option value="all">All</option>
                  {(['new', 'changed', 'unchanged'] as const).map((c) => (
                    <option key={c} value={c}>
                      {CHANGE_TEXT[c]}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              Sort by{' '}
              <select value={table.sort} onChange={(e) => setOption({ sort: e.target.value as SortKey })}>
                {SORTS.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.text}
                  </option>
                ))}
              </select>
            </label>
            <label className="toggle">
              <input type="checkbox" checked={table.descending} onChange={(e) => setOption({ descending: e.target.checked })} /> reversed
            </label>
            <label className="toggle">
              <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> group by freelancer or project
            </label>
            <label>
              Find <input type="search" value={table.text} onChange={(e) => setOption({ text: e.target.value })} placeholder="file or group" />
            </label>
          </div>
          {entries === null ? (
            <p className="muted">Loading…</p>
          ) : rows.length === 0 ? (
            <p className="empty">No file matches these filters.</p>
          ) : (
            <>
              <p className="muted" role="status">
                {rows.length} of {entries.length} files
                {pages > 1 ? ` · page ${Math.min(page, pages - 1) + 1} of ${pages}` : ''}
              </p>
              <AuditTable
                rows={shown}
                grouped={grouped}
                showChange={previous !== null}
                selectedId={detailId}
                onSelect={setDetailId}
                onEditGroup={editGroup}
              />
              {pages > 1 && (
                <div className="pager" role="group" aria-label="Pages of files">
                  <span data-testid="audit-page">
                    Files {pageShown * PAGE_SIZE + 1}–{Math.min(rows.length, (pageShown + 1) * PAGE_SIZE)} of {rows.length}
                  </span>{' '}
                  <button type="button" className="secondary" disabled={pageShown === 0} onClick={() => setPage(pageShown - 1)}>
                    Previous page
                  </button>{' '}
                  <button type="button" className="secondary" disabled={pageShown >= pages - 1} onClick={() => setPage(pageShown + 1)}>
                    Next page
                  </button>
                </div>
              )}
            </>
          )}
          {detail && <AuditFileDetail db={db} entry={detail} onClose={() => setDetailId(null)} />}
        </>
      )}
    </div>
  );
}
