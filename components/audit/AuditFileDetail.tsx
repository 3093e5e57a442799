import { useEffect, useState } from 'react';
import { auditAbstainText, certificateDetailText, groupText, noteText } from '../../lib/audit/stored-text';
import { CERTIFICATE_TEXT, GROUP_SOURCE_TEXT, PROBLEM_HINT, PROBLEM_TEXT } from '../../lib/audit/words';
import { getLocale, t } from '../../lib/i18n';
import { IMAGE_VERDICTS } from '../../lib/report/labels';
import type { AuditEntryRow } from '../../lib/audit/schema';
import { detailOf, type AuditDetailRow } from '../../lib/store/audits';
import type { AssayDB } from '../../lib/store/db';
import { ImageList } from '../ImageList';
import { PassageList } from '../PassageList';
import { ProvenanceBadge } from '../ProvenanceBadge';

/**
 * Why a file was not read. The reader's own message is English and names the exact fault (a page count,
 * a library's error): English readers get it as the reason; others get the reason in their language,
 * with the reader's message beside it for whoever troubleshoots.
 */
function NotRead({ item }: { item: NonNullable<AuditEntryRow['item']> }) {
  const problem = item.problem ?? 'unreadable';
  const english = getLocale() === 'en';
  return (
    <>
      <p className="not-read" role="note">
        {t('audit.detail.notRead', { problem: PROBLEM_TEXT[problem], detail: english && item.error ? item.error : PROBLEM_HINT[problem] })}
      </p>
      {!english && item.error && (
        <p className="muted">
          {t('audit.detail.original')} <code lang="en">{item.error}</code>
        </p>
      )}
    </>
  );
}

/** What a file's group, metadata, certificate and container say, on one line. */
function facts(entry: AuditEntryRow): string {
  const item = entry.item;
  const parts = [t('audit.detail.group', { group: groupText(entry.group, entry.groupSource), source: GROUP_SOURCE_TEXT[entry.groupSource] })];
  if (item?.meta.author) parts.push(t('audit.detail.author', { author: item.meta.author }));
  if (item?.meta.sender) parts.push(t('audit.detail.sender', { sender: item.meta.sender }));
  if (item) {
    const certificate = CERTIFICATE_TEXT[item.certificate.status];
    parts.push(item.certificate.detail ? t('audit.detail.certificateDetail', { certificate, detail: certificateDetailText(item.certificate.detail) }) : t('audit.detail.certificate', { certificate }));
  }
  if (item?.parent) parts.push(t('audit.detail.inside', { parent: item.parent }));
  return parts.join('');
}

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
  // The provenance reader writes its summary and findings in English (lib/provenance): marked so, for screen readers.
  const provenanceLang = getLocale() === 'en' ? undefined : 'en';
  return (
    <section className="detail audit-detail" aria-label={t('audit.detail')}>
      <header className="detail-head">
        <h3>{entry.path}</h3>
        <button type="button" className="secondary" onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <p className="muted">{facts(entry)}</p>
      {!item && <p>{entry.state === 'reading' ? t('audit.detail.reading') : t('audit.detail.waiting')}</p>}
      {item?.state === 'failed' && <NotRead item={item} />}
      {item?.notes.map((note) => (
        <p key={note} className="muted">
          {t('audit.detail.note', { note: noteText(note) })}
        </p>
      ))}
      {detail === undefined && item?.state === 'done' && <p className="muted">{t('popup.loading')}</p>}
      {detail?.record && (
        <>
          <ProvenanceBadge verdict={detail.record.verdict} segments={detail.record.segments} images={detail.record.images} />
          <ImageList images={detail.record.images} />
          <h4>{t('detail.allPassages', { n: detail.record.segments.length })}</h4>
          <PassageList segments={detail.record.segments} />
        </>
      )}
      {detail?.provenance && (
        <div className="image" data-verdict={detail.provenance.verdict}>
          <strong>{IMAGE_VERDICTS[detail.provenance.verdict].text}</strong>
          <p lang={provenanceLang}>{detail.provenance.summary}</p>
          <ul className="reasons">
            {detail.provenance.evidence.map((e, i) => (
              <li key={i}>{t('audit.detail.evidence', { strength: t(`audit.strength.${e.strength}`), finding: e.finding })}</li>
            ))}
          </ul>
        </div>
      )}
      {item?.state === 'done' && !detail?.record && !detail?.provenance && detail !== undefined && item.abstain && <p className="muted">{auditAbstainText(item.abstain)}</p>}
    </section>
  );
}
