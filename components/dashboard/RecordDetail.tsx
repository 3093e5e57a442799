import { WritingHistory } from '../WritingHistory';
import type { ScanRecord } from '../../lib/schema/record';
import { percent } from '../format';
import { LabelPill } from '../LabelPill';
import { PassageList } from '../PassageList';
import { ProvenanceBadge } from '../ProvenanceBadge';
import { ImageList } from '../ImageList';
import { RemoteOpinions } from '../RemoteOpinions';
import { OlderModelNotice } from '../OlderModelNotice';

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
    <section className="detail" aria-label="Record detail">
      <header className="detail-head">
        <h2>{record.source.title || record.source.url}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
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
              the whole conversation
            </a>
          </>
        )}
      </p>
      <p className="muted">
        Scanned {new Date(record.scannedAt).toLocaleString()} in {Math.round(record.durationMs)} ms · {record.engine.name} {record.engine.version}, model {record.engine.modelVersion} ·
        sensitivity {record.sensitivity} · SHA-256 <code>{record.contentHash.slice(0, 16)}…</code>
      </p>
      <OlderModelNotice modelVersion={record.engine.modelVersion} />
      <ProvenanceBadge verdict={record.verdict} segments={record.segments} images={record.images} />
      {record.remote && <RemoteOpinions remote={record.remote} threshold={record.verdict.threshold} humanThreshold={record.verdict.humanThreshold} />}
      {record.process && <WritingHistory process={record.process} segments={record.segments} />}
      <ImageList images={record.images} />
      <h3>All passages ({record.segments.length})</h3>
      <PassageList segments={record.segments} />
      {record.history.length > 0 && (
        <>
          <h3>Earlier scans</h3>
          <ul className="history">
            {[...record.history].reverse().map((h) => (
              <li key={h.scannedAt}>
                {new Date(h.scannedAt).toLocaleString()}: <LabelPill label={h.label} /> {h.label === 'unknown' ? '' : `${percent(h.aiShare)} AI`}
                {h.contentHash !== record.contentHash && <span className="muted"> (text has changed since)</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="detail-actions">
        {confirmingDelete ? (
          <>
            <span>Delete this record for good?</span>
            <button type="button" className="danger" onClick={onDelete}>
              Delete record
            </button>
            <button type="button" className="secondary" onClick={onCancelDelete}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={onAskDelete}>
            Delete
          </button>
        )}
      </div>
    </section>
  );
}
