import type { ScanRecord } from '../../lib/schema/record';
import { hostOf, percent, relativeTime } from '../format';
import { LabelPill } from '../LabelPill';
import { sourceKindText } from '../../lib/platforms/registry';
import { dateTime, t } from '../../lib/i18n';

export function RecordList({ records, selectedId, onSelect }: { records: readonly ScanRecord[]; selectedId: string | null; onSelect: (id: string) => void }) {
  return (
    <table className="records">
      <thead>
        <tr>
          <th scope="col">{t('list.deliverable')}</th>
          <th scope="col">{t('list.source')}</th>
          <th scope="col">{t('list.verdict')}</th>
          <th scope="col">{t('list.share')}</th>
          <th scope="col">{t('list.scanned')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr
            key={record.id}
            data-testid="record-row"
            tabIndex={0}
            aria-selected={record.id === selectedId}
            className={record.id === selectedId ? 'selected' : undefined}
            onClick={() => onSelect(record.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(record.id);
              }
            }}
          >
            <td>
              <div className="record-title">{record.source.title || record.source.url}</div>
              <div className="muted">{hostOf(record.source.url)}</div>
            </td>
            <td>{sourceKindText(record.source.kind)}</td>
            <td>
              <LabelPill label={record.verdict.label} />
            </td>
            <td>{record.verdict.label === 'ai' || record.verdict.label === 'mixed' ? percent(record.verdict.aiShare) : '—'}</td>
            <td title={dateTime(record.scannedAt)}>{relativeTime(record.scannedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
