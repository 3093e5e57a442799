import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { exportFileName, recordsToCSV, recordsToJSON } from '../../../lib/report/export';
import { getDatabase } from '../../../lib/store/db';
import { deleteRecord, listRecords } from '../../../lib/store/records';
import { filterRecords } from '../../../lib/ui/dashboard-slice';
import { recordHash, routeHash, RECORDS_SECTION } from '../../../lib/ui/routes';
import { useDashboardStore } from '../../../lib/ui/stores';
import { ErrorMessage } from '../../ErrorMessage';
import { RecordDetail } from '../RecordDetail';
import { RecordList } from '../RecordList';
import { PageHeader } from '../shell/layout';
import { Link, navigate, replaceRoute } from '../shell/router';
import type { SectionProps } from '../shell/section';
import { download } from './download';
import { RecordFilters } from './RecordFilters';
import { RecordsEmpty } from './RecordsEmpty';
import { useImport } from './useImport';
import { t } from '../../../lib/i18n';

/** Pixels a record's heading needs at the bottom of the window to count as in sight. */
const ROOM_TO_SHOW_A_HEADING = 80;

/** The number of stored records, live: the navigation's badge for this section. */
export function useRecordCount(): number | undefined {
  const db = getDatabase();
  return useLiveQuery(() => db.records.count(), [db]);
}

/**
 * Records: every scan in this browser, filters, one record's detail at `#/records/<id>` (the address
 * the popup links to), export, import and delete. The route, not local state, says which record is open.
 */
export function RecordsSection({ path }: SectionProps) {
  const db = getDatabase();
  const records = useLiveQuery(() => listRecords(db), [db]);
  const state = useDashboardStore();
  const [error, setError] = useState<string | null>(null);
  const importer = useImport(db);
  const importInput = useRef<HTMLInputElement>(null);
  const detailPane = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const openId = path[0] ?? null;
  const select = state.select;
  useEffect(() => select(openId), [select, openId]);

  const shown = records ? filterRecords(records, state) : [];
  const selected = openId === null ? null : (records?.find((r) => r.id === openId) ?? null);
  const missing = openId !== null && records !== undefined && selected === null;
  const kinds = records ? [...new Set(records.map((r) => r.source.kind))].sort() : [];

  // A record opened (by a click, a key, a link or the address): its detail takes the focus, so it is
  // read next. The window scrolls only when the detail's top is out of sight (a narrow window, a long
  // list scrolled down); beside the list it stays where it is.
  const selectedId = selected?.id;
  useEffect(() => {
    const pane = detailPane.current;
    if (!selectedId || !pane) return;
    pane.focus({ preventScroll: true });
    const top = pane.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - ROOM_TO_SHOW_A_HEADING) pane.scrollIntoView({ block: 'start' });
  }, [selectedId]);

  const open = (id: string) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    navigate(recordHash(id));
  };
  const close = () => {
    navigate(routeHash(RECORDS_SECTION));
    const back = returnFocus.current;
    returnFocus.current = null;
    // Back to the row the record was opened from, once the list shows again.
    if (back) requestAnimationFrame(() => back.isConnected && back.focus());
  };

  const remove = async (id: string) => {
    try {
      await deleteRecord(db, id);
      state.deleted(id);
      // The record's address names nothing now: it leaves the history rather than stay a dead end.
      replaceRoute(routeHash(RECORDS_SECTION));
    } catch (e) {
      setError(t('records.deleteFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  const actions = (
    <>
      <button type="button" className="secondary" disabled={!records?.length} onClick={() => records && download(exportFileName('json'), 'application/json', recordsToJSON(records))}>
        {t('records.exportJson')}
      </button>
      <button type="button" className="secondary" disabled={!records?.length} onClick={() => records && download(exportFileName('csv'), 'text/csv', recordsToCSV(records))}>
        {t('records.exportCsv')}
      </button>
      <button type="button" className="secondary" onClick={() => importInput.current?.click()}>
        {t('records.importJson')}
      </button>
      <input
        ref={importInput}
        type="file"
        accept="application/json,.json"
        aria-label={t('records.importLabel')}
        hidden
        onChange={(e) => {
          void importer.importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </>
  );

  const detailOpen = selected !== null || missing;
  return (
    <>
      <PageHeader title={t('section.records')} description={t('records.description')} actions={actions} />
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {importer.error && <ErrorMessage message={importer.error} onDismiss={() => importer.setError(null)} />}
      {importer.imported && (
        <p className="success-note" role="status">
          {importer.imported}
        </p>
      )}
      {records === undefined ? (
        <p className="muted">Loading…</p>
      ) : records.length === 0 && !missing ? (
        <RecordsEmpty onImport={() => importInput.current?.click()} />
      ) : (
        <div className={`records-layout${detailOpen ? ' has-detail' : ''}`}>
          <section className="records-list" aria-label={t('records.all')}>
            <RecordFilters kinds={kinds} shown={shown.length} total={records.length} />
            {records.length === 0 ? (
              <p className="empty">{t('records.none')}</p>
            ) : shown.length === 0 ? (
              <p className="empty">{t('records.noMatch')}</p>
            ) : (
              <RecordList records={shown} selectedId={openId} onSelect={open} />
            )}
          </section>
          {detailOpen && (
            <div className="detail-pane" ref={detailPane} tabIndex={-1}>
              {selected ? (
                <RecordDetail
                  record={selected}
                  confirmingDelete={state.confirmDeleteId === selected.id}
                  onClose={close}
                  onAskDelete={() => state.askDelete(selected.id)}
                  onCancelDelete={() => state.cancelDelete()}
                  onDelete={() => void remove(selected.id)}
                />
              ) : (
                <section className="detail" aria-label={t('records.notFound')}>
                  <h2>{t('records.noSuch')}</h2>
                  <p>{t('records.noSuchText')}</p>
                  <Link to={routeHash(RECORDS_SECTION)}>{t('records.all')}</Link>
                </section>
              )}
            </div>
          )}
        </div>
      )}
    </>
  );
}
