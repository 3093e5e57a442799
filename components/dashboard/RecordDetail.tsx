import { WritingHistory } from '../WritingHistory';
import type { ScanRecord } from '../../lib/schema/record';
import { percent } from '../format';
import { LabelPill } from '../LabelPill';
import { PassageList } from '../PassageList';
import { ProvenanceBadge } from '../ProvenanceBadge';
import { ImageList } from '../ImageList';
import { RemoteOpinions } from '../RemoteOpinions';
import { OlderModelNotice } from '../OlderModelNotice';
import { dateTime, t } from '../../lib/i18n';

interface Props {
  record: ScanRecord;
  confirmingDelete: boolean;
  onClose: () => void;
  onAskDelete: () => void;
  onCancelDelete: () => void;
  onDelete: () => void;
}

export function RecordDetail({ record, confirmingDelete, onClose, onAskDelete, onCancelDelete, onDelete }: Props) {
  return (
    <section className="detail" aria-label={t('detail.label')}>
      <header className="detail-head">
        <h2>{record.source.title || record.source.url}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <p className="muted">
        {/^https?:\/\//i.test(record.source.url) ? (
          <a href={record.source.url} target="_blank" rel="noreferrer noopener">
            {record.source.url}
          </a>
        ) : (
          record.source.url
        )}
        {record.source.thread && /^https:\/\//i.test(record.source.thread) && (
          <>
            {' · '}
            <a href={record.source.thread} target="_blank" rel="noreferrer noopener">
              {t('detail.conversation')}
            </a>
          </>
        )}
      </p>
      <p className="muted">
        {t('detail.scanned', {
          when: dateTime(record.scannedAt),
          ms: Math.round(record.durationMs),
          engine: record.engine.name === 'Assay local detector' ? t('remote.local') : record.engine.name,
          version: record.engine.version,
          model: record.engine.modelVersion,
          sensitivity: t(`sensitivity.${record.sensitivity}`),
        })}{' '}
        <code>{record.contentHash.slice(0, 16)}…</code>
      </p>
      <OlderModelNotice modelVersion={record.engine.modelVersion} />
      <ProvenanceBadge verdict={record.verdict} segments={record.segments} images={record.images} />
      {record.remote && <RemoteOpinions remote={record.remote} threshold={record.verdict.threshold} humanThreshold={record.verdict.humanThreshold} />}
      {record.process && <WritingHistory process={record.process} segments={record.segments} />}
      <ImageList images={record.images} />
      <h3>{t('detail.allPassages', { n: record.segments.length })}</h3>
      <PassageList segments={record.segments} />
      {record.history.length > 0 && (
        <>
          <h3>{t('detail.earlier')}</h3>
          <ul className="history">
            {[...record.history].reverse().map((h) => (
              <li key={h.scannedAt}>
                <time dateTime={new Date(h.scannedAt).toISOString()}>{dateTime(h.scannedAt)}</time>: <LabelPill label={h.label} /> {h.label === 'unknown' ? '' : t('verdict.share', { share: percent(h.aiShare) })}
                {h.contentHash !== record.contentHash && <span className="muted">{t('detail.changed')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="detail-actions">
        {confirmingDelete ? (
          <>
            <span>{t('detail.confirmDelete')}</span>
            <button type="button" className="danger" onClick={onDelete}>
              {t('detail.deleteRecord')}
            </button>
            <button type="button" className="secondary" onClick={onCancelDelete}>
              {t('detail.keep')}
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={onAskDelete}>
            {t('detail.delete')}
          </button>
        )}
      </div>
    </section>
  );
}
