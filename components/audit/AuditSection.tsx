import { useLiveQuery } from 'dexie-react-hooks';
import { memo, startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { diffAudits, type AuditDiff } from '../../lib/audit/diff';
import type { AuditEntryRow, AuditRow } from '../../lib/audit/schema';
import { CHANGE_TEXT } from '../../lib/audit/words';
import { groupText } from '../../lib/audit/stored-text';
import { plural, t, type MessageKey } from '../../lib/i18n';
import { auditName, newAuditName } from '../../lib/ui/audit-names';
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
import { richText, When } from '../rich';
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

const SORTS: { key: SortKey; text: MessageKey }[] = [
  { key: 'verdict', text: 'audit.sort.verdict' },
  { key: 'aiShare', text: 'list.share' },
  { key: 'group', text: 'audit.filter.group' },
  { key: 'path', text: 'audit.column.file' },
  { key: 'change', text: 'audit.sort.change' },
];

/** Paths of removed files named in the comparison line; the exports list them all. */
const REMOVED_SHOWN = 5;

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
      if (urls.length && !(await adapter.requestOrigins(originsOf(urls)))) setError(t('audit.error.permission'));
      const { sensitivity } = await adapter.settings();
      const now = Date.now();
      const created = await createAudit(db, {
        name: newAuditName(now),
        now,
        sensitivity,
        inputs: [...files.map((f) => ({ path: f.path, origin: 'file' as const, blob: f.file })), ...urls.map((url) => ({ path: url, origin: 'url' as const }))],
      });
      setSelectedId(created.id);
      setDetailId(null);
      setPage(0);
      await runAudit(adapter, created.id);
    } catch (e) {
      setError(t('audit.error.start', { error: e instanceof Error ? e.message : String(e) }));
    }
  }, [adapter, db, setSelectedId]);

  const exportAs = async (kind: 'json' | 'csv' | 'html') => {
    if (!audit || !entries) return;
    try {
      const file = await buildExport(kind, db, audit, entries, previous?.diff, previous ? { ...previous.audit, files: previous.files } : undefined);
      adapter.download(file.name, file.type, file.text);
    } catch (e) {
      setError(t('audit.error.export', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="audit">
      <PageHeader title={t('section.audit')} description={t('audit.description')} />
      <StartPanel disabled={running} onStart={start} />
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {runError && <ErrorMessage message={runError} onDismiss={() => useAuditRun.setState({ error: null })} />}
      {busyElsewhere === audit?.id && <p className="muted">{t('audit.busyElsewhere')}</p>}
      {runAuditId === audit?.id && <LiveProgress />}
      {interrupted && audit && entries && (
        <div className="audit-interrupted" role="status">
          <span>
            {plural('audit.interrupted', entries.filter((e) => e.origin !== 'inner').length, {
              read: entries.filter((e) => e.origin !== 'inner' && e.state !== 'queued' && e.state !== 'reading').length,
            })}
          </span>{' '}
          <button type="button" className="primary" disabled={running} onClick={() => void runAudit(adapter, audit.id)}>
            {t('audit.resume')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => void cancelAudit(db, audit.id).then(bumpVersion)}>
            {t('audit.stopHere')}
          </button>
        </div>
      )}
      {audits && audits.length === 0 && <p className="empty">{t('audit.empty')}</p>}
      {audit && (
        <>
          <div className="audit-bar">
            <label>
              {t('audit.pick')}{' '}
              <select value={audit.id} onChange={(e) => (setSelectedId(e.target.value), setDetailId(null), setPage(0))}>
                {audits!.map((a) => (
                  <option key={a.id} value={a.id}>
                    {t('audit.option', { name: auditName(a), state: t(`audit.state.${a.state}`) })}
                  </option>
                ))}
              </select>
            </label>
            <span className="exports">
              {(['json', 'csv', 'html'] as const).map((kind) => (
                <button key={kind} type="button" className="secondary" disabled={runningHere || !entries?.length} onClick={() => void exportAs(kind)}>
                  {t(`audit.export.${kind}`)}
                </button>
              ))}
              {confirmDelete ? (
                <>
                  <button type="button" className="danger" onClick={() => void deleteAudit(db, audit.id).then(() => (setConfirmDelete(false), setSelectedId(null)))}>
                    {t('audit.deleteConfirm')}
                  </button>
                  <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                    {t('detail.keep')}
                  </button>
                </>
              ) : (
                <button type="button" className="secondary" disabled={runningHere} onClick={() => setConfirmDelete(true)}>
                  {t('audit.delete')}
                </button>
              )}
            </span>
          </div>
          {previous && (
            <p className="audit-diff" data-testid="audit-diff">
              {richText(
                'audit.diff',
                { when: <When at={previous.audit.startedAt} /> },
                { new: previous.diff.counts.new, changed: previous.diff.counts.changed, unchanged: previous.diff.counts.unchanged, removed: previous.diff.counts.removed, verdicts: plural('audit.diff.verdicts', previous.diff.counts.verdictChanged) },
              )}
              {previous.diff.removed.length > 0 && (
                <span className="muted">
                  {t('audit.diff.removedList', {
                    list: `${previous.diff.removed.slice(0, REMOVED_SHOWN).map((r) => r.path).join(', ')}${previous.diff.removed.length > REMOVED_SHOWN ? '…' : ''}`,
                  })}
                </span>
              )}
            </p>
          )}
          <div className="filters audit-filters">
            <label>
              {t('list.verdict')}{' '}
              <select value={table.verdict} onChange={(e) => setOption({ verdict: e.target.value as TableOptions['verdict'] })}>
                <option value="all">{t('filters.all')}</option>
                {[...DocumentLabelSchema.options, 'not-read' as const].map((v) => (
                  <option key={v} value={v}>
                    {VERDICT_TEXT(v)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('audit.filter.group')}{' '}
              <select value={table.group} onChange={(e) => setOption({ group: e.target.value })}>
                <option value="all">{t('filters.all')}</option>
                {groups.map((g) => (
                  <option key={g} value={g}>
                    {groupText(g)}
                  </option>
                ))}
              </select>
            </label>
            {previous && (
              <label>
                {t('audit.filter.change')}{' '}
                <select value={table.change} onChange={(e) => setOption({ change: e.target.value as TableOptions['change'] })}>
                  <option value="all">{t('filters.all')}</option>
                  {(['new', 'changed', 'unchanged'] as const).map((c) => (
                    <option key={c} value={c}>
                      {CHANGE_TEXT[c]}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {t('audit.sortBy')}{' '}
              <select value={table.sort} onChange={(e) => setOption({ sort: e.target.value as SortKey })}>
                {SORTS.map((s) => (
                  <option key={s.key} value={s.key}>
                    {t(s.text)}
                  </option>
                ))}
              </select>
            </label>
            <label className="toggle">
              <input type="checkbox" checked={table.descending} onChange={(e) => setOption({ descending: e.target.checked })} /> {t('audit.reversed')}
            </label>
            <label className="toggle">
              <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> {t('audit.groupBy')}
            </label>
            <label>
              {t('audit.find')} <input type="search" value={table.text} onChange={(e) => setOption({ text: e.target.value })} placeholder={t('audit.find.placeholder')} />
            </label>
          </div>
          {entries === null ? (
            <p className="muted">{t('popup.loading')}</p>
          ) : rows.length === 0 ? (
            <p className="empty">{t('audit.noMatch')}</p>
          ) : (
            <>
              <p className="muted" role="status">
                {plural('audit.shown', entries.length, { shown: rows.length })}
                {pages > 1 ? t('audit.pageOf', { page: pageShown + 1, pages }) : ''}
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
                <div className="pager" role="group" aria-label={t('audit.pages')}>
                  <span data-testid="audit-page">
                    {t('audit.pageRange', { from: pageShown * PAGE_SIZE + 1, to: Math.min(rows.length, (pageShown + 1) * PAGE_SIZE), n: rows.length })}
                  </span>{' '}
                  <button type="button" className="secondary" disabled={pageShown === 0} onClick={() => setPage(pageShown - 1)}>
                    {t('audit.previousPage')}
                  </button>{' '}
                  <button type="button" className="secondary" disabled={pageShown >= pages - 1} onClick={() => setPage(pageShown + 1)}>
                    {t('audit.nextPage')}
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
