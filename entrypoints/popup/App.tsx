import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ErrorMessage } from '../../components/ErrorMessage';
import { relativeTime } from '../../components/format';
import { ImageList } from '../../components/ImageList';
import { RemoteOpinions } from '../../components/RemoteOpinions';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { OlderModelNotice } from '../../components/OlderModelNotice';
import { ScanProgress } from '../../components/ScanProgress';
import { onMessages } from '../../lib/messaging/receive';
import { sendMessage } from '../../lib/messaging/send';
import { isBusy } from '../../lib/ui/popup-slice';
import { PLATFORMS } from '../../lib/platforms/registry';
import { usePopupStore } from '../../lib/ui/stores';
import { openDashboard } from '../../lib/ui/dashboard-link';

/** The tab the popup is about: `?tabId=` when opened as a page (tests, demo), else the active tab. */
async function resolveTabId(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('Assay could not tell which tab this is. Click the Assay icon on the page you want to scan.');
  return tab.id;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function App() {
  const { tabId, tab, status, error, loading } = usePopupStore();
  const store = usePopupStore.getState;

  useEffect(() => {
    let cancelled = false;
    const refresh = async (id: number) => {
      try {
        const record = await sendMessage('tab.get', { tabId: id });
        if (!cancelled) store().receivedTab(record);
      } catch (e) {
        if (!cancelled) store().failed(message(e));
      }
    };
    const stop = onMessages({
      'scan.progress': (progress) => {
        store().receivedProgress(progress);
        // The local verdict is stored when second opinions start: show it while they are asked.
        if (progress.tabId === store().tabId && (progress.stage === 'remote' || progress.stage === 'done' || progress.stage === 'error')) void refresh(progress.tabId);
        return { ok: true as const };
      },
    });
    resolveTabId()
      .then((id) => {
        store().setTabId(id);
        return refresh(id);
      })
      .catch((e) => store().failed(message(e)));
    return () => {
      cancelled = true;
      stop();
    };
  }, [store]);

  const scan = async () => {
    if (tabId === null) return;
    try {
      store().scanStarted(await sendMessage('scan.start', { tabId }));
    } catch (e) {
      store().failed(message(e));
    }
  };

  const toggleHighlights = async (visible: boolean) => {
    if (tabId === null) return;
    store().highlightsChanged(visible);
    try {
      await sendMessage('highlights.set', { tabId, visible });
    } catch (e) {
      store().highlightsChanged(!visible);
      store().failed(message(e));
    }
  };

  /** Certify and Verify happen in the dashboard, where the signing key and the room for a form are. */
  const openCertificates = (action: 'certify' | 'verify', recordId: string) => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html?${action}=${encodeURIComponent(recordId)}#/certificates`) });

  const [draftBusy, setDraftBusy] = useState(false);
  const certifyDraft = async () => {
    if (tabId === null) return;
    setDraftBusy(true);
    try {
      const { recordId } = await sendMessage('certify.draft', { tabId });
      openCertificates('certify', recordId);
    } catch (e) {
      store().failed(message(e));
    } finally {
      setDraftBusy(false);
    }
  };

  const record = tab?.record ?? null;
  const busy = isBusy(status);
  const readOtherSites = async (origins: string[]): Promise<string> => {
    if (tabId === null || !record) return 'There is no record to update.';
    // Chrome asks the user; the click that called this is the gesture it needs, so nothing is awaited before.
    const granted = await browser.permissions.request({ origins });
    if (!granted) return 'Chrome did not allow those sites: their images stay unread.';
    const { read, notAllowed } = await sendMessage('images.read', { recordId: record.id, tabId });
    store().receivedTab(await sendMessage('tab.get', { tabId }));
    return `${read} image${read === 1 ? '' : 's'} read${notAllowed ? `; ${notAllowed} still not allowed` : ''}.`;
  };

  // On a platform's page the record shown is the platform's own (found by its document key).
  const platform = tab?.platform ? PLATFORMS[tab.platform] : undefined;
  const fromPlatform = platform !== undefined && record?.source.kind === platform.id;
  return (
    <main className="popup">
      <header className="popup-head">
        <h1>Assay</h1>
        <button
          type="button"
          className="link"
          title={record ? 'Opens this page’s record in the dashboard' : undefined}
          onClick={() => void openDashboard(record?.id).catch((e: unknown) => store().failed(message(e)))}
        >
          Open dashboard
        </button>
      </header>
      {tab && <p className="page-title" title={tab.url}>{tab.title || tab.url}</p>}
      {platform && !fromPlatform && <p className="muted platform-hint">{platform.hint}</p>}
      {platform && fromPlatform && <p className="muted platform-hint">Checked with Assay’s {platform.name} chip: {record.source.title}</p>}
      {error && <ErrorMessage message={error} onDismiss={() => store().dismissError()} />}
      {loading && <p className="muted">Loading…</p>}
      {busy && status && <ScanProgress status={status} />}
      {!loading && !busy && record && (
        <>
          <p className="muted scanned-at" title={new Date(record.scannedAt).toLocaleString()}>
            Scanned {relativeTime(record.scannedAt)}
          </p>
          <OlderModelNotice modelVersion={record.engine.modelVersion} onRescan={() => void scan()} rescanLabel={fromPlatform ? 'Check again' : 'Rescan'} />
          <ProvenanceBadge verdict={record.verdict} segments={record.segments} images={record.images} />
          {status?.stage === 'remote' && <p className="muted" role="status">Asking second opinions…</p>}
          {record.remote && <RemoteOpinions remote={record.remote} threshold={record.verdict.threshold} humanThreshold={record.verdict.humanThreshold} />}
          <ImageList images={record.images} onReadOtherSites={readOtherSites} />
        </>
      )}
      {!loading && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void scan()} disabled={busy || tabId === null}>
            {fromPlatform ? 'Check again' : record ? 'Rescan' : 'Scan this page'}
          </button>
          {record && (
            <label className="toggle">
              <input type="checkbox" checked={tab?.highlightsVisible ?? true} onChange={(e) => void toggleHighlights(e.target.checked)} />
              Show highlights
            </label>
          )}
        </div>
      )}
      {!loading && !busy && (
        <div className="actions certify-actions">
          {record && (
            <>
              <button type="button" className="secondary" onClick={() => openCertificates('certify', record.id)} title="Sign what you deliver and how AI was used">
                Certify…
              </button>
              <button type="button" className="secondary" onClick={() => openCertificates('verify', record.id)} title="Check a certificate against this page">
                Verify a certificate…
              </button>
            </>
          )}
          {(tab?.platform === 'gmail' || tab?.platform === 'outlook') && (
            <button type="button" className="secondary" disabled={draftBusy} onClick={() => void certifyDraft()}>
              {draftBusy ? 'Reading the draft…' : 'Certify the draft I am writing'}
            </button>
          )}
        </div>
      )}
      {!record && !busy && !loading && <p className="muted privacy">Runs on this computer; nothing is sent anywhere.</p>}
    </main>
  );
}
