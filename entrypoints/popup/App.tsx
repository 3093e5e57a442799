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
import { dateTime, plural, t, type MessageKey } from '../../lib/i18n';
import { highlightLegendSeen } from '../../lib/settings/hints';
import { highlightsOf } from '../../lib/scan/record';
import { detectorsLine, weightiestPassages } from '../../components/ProvenanceBadge';
import { PassageList } from '../../components/PassageList';
import type { ScanRecord } from '../../lib/schema/record';

/** The tab the popup is about: `?tabId=` when opened as a page (tests, demo), else the active tab. */
async function resolveTabId(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error(t('popup.noTab'));
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
    if (tabId === null || !record) return t('images.noRecord');
    // Chrome asks the user; the click that called this is the gesture it needs, so nothing is awaited before.
    const granted = await browser.permissions.request({ origins });
    if (!granted) return t('images.refused');
    const { read, notAllowed } = await sendMessage('images.read', { recordId: record.id, tabId });
    store().receivedTab(await sendMessage('tab.get', { tabId }));
    return [plural('images.read', read), ...(notAllowed ? [plural('images.stillNotAllowed', notAllowed)] : [])].join(' ');
  };

  // On a platform's page the record shown is the platform's own (found by its document key).
  const platform = tab?.platform ? PLATFORMS[tab.platform] : undefined;
  const fromPlatform = platform !== undefined && record?.source.kind === platform.id;
  const scanLabel = fromPlatform ? t('popup.checkAgain') : record ? t('popup.rescan') : t('popup.scan');
  return (
    <main className="popup">
      <header className="popup-head">
        <h1>Assay</h1>
        <button
          type="button"
          className="link"
          title={record ? t('popup.openRecord') : undefined}
          onClick={() => void openDashboard(record?.id).catch((e: unknown) => store().failed(message(e)))}
        >
          {t('popup.openDashboard')}
        </button>
      </header>
      {tab && (
        <div className="title-row">
          <p className="page-title" title={tab.url}>
            {tab.title || tab.url}
          </p>
          {record && !busy && (
            <span className="muted scanned-at" title={dateTime(record.scannedAt)}>
              {t('popup.scanned', { when: relativeTime(record.scannedAt) })}
            </span>
          )}
        </div>
      )}
      {platform && !fromPlatform && <p className="muted platform-hint">{t(`platform.hint.${platform.id}` as MessageKey)}</p>}
      {platform && fromPlatform && <p className="muted platform-hint">{t('popup.checkedWithChip', { platform: platform.name, title: record.source.title })}</p>}
      {error && <ErrorMessage message={error} onDismiss={() => store().dismissError()} />}
      {loading && <p className="muted">{t('popup.loading')}</p>}
      {busy && status && <ScanProgress status={status} />}
      {!loading && !busy && record && (
        <>
          <OlderModelNotice modelVersion={record.engine.modelVersion} onRescan={() => void scan()} rescanLabel={scanLabel} />
          <ProvenanceBadge verdict={record.verdict} segments={record.segments} images={record.images} remote={record.remote} passages={false} />
          {status?.stage === 'remote' && (
            <p className="muted" role="status">
              {t('remote.asking')}
            </p>
          )}
        </>
      )}
      {!loading && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void scan()} disabled={busy || tabId === null}>
            {scanLabel}
          </button>
          {record && (
            <label className="toggle">
              <input type="checkbox" checked={tab?.highlightsVisible ?? true} onChange={(e) => void toggleHighlights(e.target.checked)} />
              {t('popup.showHighlights')}
            </label>
          )}
        </div>
      )}
      {!loading && !busy && record && (tab?.highlightsVisible ?? true) && highlightsOf(record).length > 0 && <HighlightLegend />}
      {!loading && !busy && record && <Details record={record} onReadOtherSites={readOtherSites} />}
      {!loading && !busy && (
        <div className="actions certify-actions">
          {record && (
            <>
              <button type="button" className="secondary" onClick={() => openCertificates('certify', record.id)} title={t('popup.certifyTitle')}>
                {t('popup.certify')}
              </button>
              <button type="button" className="secondary" onClick={() => openCertificates('verify', record.id)} title={t('popup.verifyTitle')}>
                {t('popup.verify')}
              </button>
            </>
          )}
          {(tab?.platform === 'gmail' || tab?.platform === 'outlook') && (
            <button type="button" className="secondary" disabled={draftBusy} onClick={() => void certifyDraft()}>
              {draftBusy ? t('popup.readingDraft') : t('popup.certifyDraft')}
            </button>
          )}
        </div>
      )}
      {!record && !busy && !loading && <p className="muted privacy">{t('popup.privacy')}</p>}
    </main>
  );
}

/** Says what the boxes on the page mean, until the user has read it once. */
function HighlightLegend() {
  const [seen, setSeen] = useState<boolean | null>(null);
  useEffect(() => {
    void highlightLegendSeen.getValue().then(setSeen, () => setSeen(false));
  }, []);
  if (seen !== false) return null;
  return (
    <p className="legend" role="note" data-testid="highlight-legend">
      <span className="legend-swatch" data-label="ai" aria-hidden="true" />
      <span className="legend-swatch" data-label="unsure" aria-hidden="true" />
      {t('popup.legend')}{' '}
      <button type="button" className="link" onClick={() => void highlightLegendSeen.setValue(true).then(() => setSeen(true))}>
        {t('popup.legendDismiss')}
      </button>
    </p>
  );
}

/**
 * What lies behind the verdict, folded below it so the verdict, its meaning, the counts and the
 * combined opinion fit Chrome's 600 px popup: passages, second opinions, images.
 */
function Details({ record, onReadOtherSites }: { record: ScanRecord; onReadOtherSites: (origins: string[]) => Promise<string> }) {
  // Images on other sites wait for the user's word: their fold opens so the action is not hidden, and
  // stays open after they are read, so what happened is said where the user looked.
  const awaitingImages = record.images.some((i) => i.notRead === 'other-site');
  const [imagesOpen, setImagesOpen] = useState(awaitingImages);
  useEffect(() => {
    if (awaitingImages) setImagesOpen(true);
  }, [awaitingImages]);
  const top = weightiestPassages(record.segments);
  const anyFlagged = record.segments.some((s) => s.label === 'ai');
  return (
    <div className="details">
      <details className="fold" data-testid="passages-fold">
        <summary>{t('popup.details')}</summary>
        <p className="muted">{detectorsLine(record.verdict)}</p>
        {top.length > 0 && (
          <>
            <h3>{anyFlagged ? t('passages.weighMost') : t('passages.closest')}</h3>
            <PassageList segments={top} />
          </>
        )}
      </details>
      {record.remote && (
        <details className="fold" data-testid="opinions-fold">
          <summary>{t('remote.heading')}</summary>
          <RemoteOpinions remote={record.remote} threshold={record.verdict.threshold} humanThreshold={record.verdict.humanThreshold} heading={false} />
        </details>
      )}
      {record.images.length > 0 && (
        <details className="fold" data-testid="images-fold" open={imagesOpen} onToggle={(e) => setImagesOpen(e.currentTarget.open)}>
          <summary>{t('images.heading', { n: record.images.length })}</summary>
          <ImageList images={record.images} heading={false} onReadOtherSites={onReadOtherSites} />
        </details>
      )}
    </div>
  );
}
