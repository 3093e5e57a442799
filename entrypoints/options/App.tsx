import { loadSettings } from '../../lib/settings/storage';
import { parseTrustList } from '../../lib/provenance/trust';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { RecordDetail } from '../../components/dashboard/RecordDetail';
import { RecordList } from '../../components/dashboard/RecordList';
import { SettingsPanel } from '../../components/dashboard/SettingsPanel';
import { ImageCheck } from '../../components/dashboard/ImageCheck';
import { ProvidersPanel } from '../../components/dashboard/ProvidersPanel';
import { PlatformsPanel } from '../../components/dashboard/PlatformsPanel';
import { createProvenanceClient, startProvenanceWorker, type ProvenanceReply } from '../../lib/provenance/worker-client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CertificatesSection, type CertifyDeps } from '../../components/certify/CertificatesSection';
import { sendMessage } from '../../lib/messaging/send';
import { labelText } from '../../lib/report/labels';
import { sourceKindText } from '../../lib/platforms/registry';
import { DocumentLabelSchema } from '../../lib/schema/verdict';
import { SourceKindSchema } from '../../lib/schema/deliverable';
import { getDatabase } from '../../lib/store/db';
import { exportFileName, parseRecordsJSON, recordsToCSV, recordsToJSON } from '../../lib/report/export';
import { deleteRecord, importRecords, listRecords } from '../../lib/store/records';
import { filterRecords } from '../../lib/ui/dashboard-slice';
import { useDashboardStore } from '../../lib/ui/stores';

/** One provenance worker for the dashboard's life, started the first time the user checks an image. */
let client: ((bytes: ArrayBuffer, trust?: string[]) => Promise<ProvenanceReply>) | undefined;
function imageReader() {
  const read = (client ??= createProvenanceClient(startProvenanceWorker()));
  // The user's C2PA trust list applies to dropped images as to scanned ones: read once per batch.
  const anchors = loadSettings().then((s) => parseTrustList(s.trustAnchors).anchors);
  return async (bytes: ArrayBuffer) => read(bytes, await anchors);
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the Certificates section needs from this page: the one scan service through the background, the image reader. */
function certifyDeps(): CertifyDeps {
  return {
    db: getDatabase(),
    scan: (deliverable) => sendMessage('file.scan', { deliverable }),
    readImage: async (bytes) => imageReader()(bytes),
    download,
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  };
}

/** A popup's Certify or Verify arrives as `?certify=<record id>` or `?verify=<record id>`. */
function certifyParams(): { certify?: string; verify?: string } {
  const params = new URLSearchParams(location.search);
  const id = (name: string) => params.get(name)?.slice(0, 100) || undefined;
  return { certify: id('certify'), verify: id('verify') };
}

export function App() {
  const db = getDatabase();
  const records = useLiveQuery(() => listRecords(db), [db]);
  const state = useDashboardStore();
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const [deps] = useState(certifyDeps);
  const [params] = useState(certifyParams);
  useEffect(() => {
    if (params.certify || params.verify) document.getElementById('certificates')?.scrollIntoView();
  }, [params]);

  const shown = records ? filterRecords(records, state) : [];
  const selected = records?.find((r) => r.id === state.selectedId) ?? null;
  const kinds = records ? [...new Set(records.map((r) => r.source.kind))].sort() : [];

  const remove = async (id: string) => {
    try {
      await deleteRecord(db, id);
      state.deleted(id);
    } catch (e) {
      setError(`Could not delete the record: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  /** Reads a JSON export back: every valid record in one transaction, the rest named, the newer of two kept. */
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setImported(null);
    try {
      const { records: incoming, rejected } = parseRecordsJSON(await file.text());
      const outcome = await importRecords(db, incoming);
      const parts = [`Imported ${file.name}: ${outcome.added} new record${outcome.added === 1 ? '' : 's'}`];
      if (outcome.replaced) parts.push(`${outcome.replaced} newer than the one here, which ${outcome.replaced === 1 ? 'it' : 'they'} replaced`);
      if (outcome.kept) parts.push(`${outcome.kept} already here (the newer scan kept)`);
      if (rejected.length) parts.push(`${rejected.length} entr${rejected.length === 1 ? 'y' : 'ies'} skipped, not a record (entry ${rejected.map((r) => r.index + 1).slice(0, 5).join(', ')})`);
      setImported(`${parts.join('; ')}.`);
    } catch (e) {
      setError(`Nothing was imported: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="dashboard">
      <header className="dash-head">
        <h1>Assay dashboard</h1>
        <div className="exports">
          <button type="button" className="secondary" disabled={!records?.length} onClick={() => records && download(exportFileName('json'), 'application/json', recordsToJSON(records))}>
            Export JSON
          </button>
          <button type="button" className="secondary" disabled={!records?.length} onClick={() => records && download(exportFileName('csv'), 'text/csv', recordsToCSV(records))}>
            Export CSV
          </button>
          <button type="button" className="secondary" onClick={() => importInput.current?.click()}>
            Import JSON
          </button>
          <input
            ref={importInput}
            type="file"
            accept="application/json,.json"
            aria-label="Assay export to import"
            hidden
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </header>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {imported && (
        <p className="muted" role="status">
          {imported}
        </p>
      )}
      <main className="dash-main">
        <section className="list" aria-labelledby="records-title">
          <h2 id="records-title">Scans {records ? <span className="muted">({shown.length} of {records.length})</span> : null}</h2>
          <div className="filters">
            <label>
              Label{' '}
              <select value={state.labelFilter} onChange={(e) => state.setLabelFilter(e.target.value === 'all' ? 'all' : DocumentLabelSchema.parse(e.target.value))}>
                <option value="all">All</option>
                {DocumentLabelSchema.options.map((label) => (
                  <option key={label} value={label}>
                    {labelText(label)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Source{' '}
              <select value={state.sourceFilter} onChange={(e) => state.setSourceFilter(e.target.value === 'all' ? 'all' : SourceKindSchema.parse(e.target.value))}>
                <option value="all">All</option>
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {sourceKindText(kind)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {records === undefined ? (
            <p className="muted">Loading…</p>
          ) : records.length === 0 ? (
            <p className="empty">No scans yet — open a page and press Scan this page in the toolbar popup.</p>
          ) : shown.length === 0 ? (
            <p className="empty">No scan matches these filters.</p>
          ) : (
            <RecordList records={shown} selectedId={state.selectedId} onSelect={(id) => state.select(id)} />
          )}
        </section>
        {selected && (
          <RecordDetail
            record={selected}
            confirmingDelete={state.confirmDeleteId === selected.id}
            onClose={() => state.select(null)}
            onAskDelete={() => state.askDelete(selected.id)}
            onCancelDelete={() => state.cancelDelete()}
            onDelete={() => void remove(selected.id)}
          />
        )}
      </main>
      <CertificatesSection deps={deps} certify={params.certify} verify={params.verify} />
      <ImageCheck read={imageReader} />
      <SettingsPanel />
      <PlatformsPanel />
      <ProvidersPanel />
    </div>
  );
}
