import { useEffect, useState } from 'react';
import { CERTIFICATE_TEXT, GROUP_SOURCE_TEXT, PROBLEM_TEXT } from '../../lib/audit/words';
import { IMAGE_VERDICTS } from '../../lib/report/labels';
import type { AuditEntryRow } from '../../lib/audit/schema';
import { detailOf, type AuditDetailRow } from '../../lib/store/audits';
import type { AssayDB } from '../../lib/store/db';
import { ImageList } from '../ImageList';
import { PassageList } from '../PassageList';
import { ProvenanceBadge } from '../ProvenanceBadge';

/** One file of an audit: its verdict with every passage, or its image's provenance, or why it was not read. */
export function AuditFileDetail({ db, entry, onClose }: { db: AssayDB; entry: AuditEntryRow; onClose(): void }) {
  const [detail, setDetail] = useState<AuditDetailRow | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setDetail(undefined);
    void detailOf(db, entry.id).then((d) => live && setDetail(d ?? null));
    return () => {
      live = false;
    };
  }, [db, entry.id]);
  const item = entry.item;
  return (
    <section className="detail audit-detail" aria-label="File detail">
      <header className="detail-head">
        <h3>{entry.path}</h3>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="muted">
        {entry.group} ({GROUP_SOURCE_TEXT[entry.groupSource]})
        {item?.meta.author ? ` · author: ${item.meta.author}` : ''}
        {item?.meta.sender ? ` · sender: ${item.meta.sender}` : ''}
        {item ? ` · ${CERTIFICATE_TEXT[item.certificate.status]}${item.certificate.detail ? ` (${item.certificate.detail})` : ''}` : ''}
        {item?.parent ? ` · inside ${item.parent}` : ''}
      </p>
      {!item && <p>{entry.state === 'reading' ? 'Being read…' : 'Waiting to be read.'}</p>}
      {item?.state === 'failed' && (
        <p className="not-read" role="note">
          Not read: {PROBLEM_TEXT[item.problem ?? 'unreadable']}. {item.error}
        </p>
      )}
      {item?.notes.map((note) => (
        <p key={note} className="muted">
          Note: {note}
        </p>
      ))}
      {detail === undefined && item?.state === 'done' && <p className="muted">Loading…</p>}
      {detail?.record && (
        <>
          <ProvenanceBadge verdict={detail.record.verdict} segments={detail.record.segments} images={detail.record.images} />
          <ImageList images={detail.record.images} />
          <h4>All passages ({detail.record.segments.length})</h4>
          <PassageList segments={detail.record.segments} />
        </>
      )}
      {detail?.provenance && (
        <div className="image" data-verdict={detail.provenance.verdict}>
          <strong>{IMAGE_VERDICTS[detail.provenance.verdict].text}</strong>
          <p>{detail.provenance.summary}</p>
          <ul className="reasons">
            {detail.provenance.evidence.map((e, i) => (
              <li key={i}>
                [{e.strength}] {e.finding}
              </li>
            ))}
          </ul>
        </div>
      )}
      {item?.state === 'done' && !detail?.record && !detail?.provenance && detail !== undefined && <p className="muted">{item.abstain}</p>}
    </section>
  );
}
