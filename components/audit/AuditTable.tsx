import { memo, useState } from 'react';
import { groupText, imagesText } from '../../lib/audit/stored-text';
import { CERTIFICATE_TEXT, CHANGE_TEXT, GROUP_SOURCE_TEXT, notReadText } from '../../lib/audit/words';
import { plural, t } from '../../lib/i18n';
import { IMAGE_VERDICTS, labelText, LABELS } from '../../lib/report/labels';
import { groupRows, VERDICT_ORDER, type AuditRowView, type VerdictKey } from '../../lib/ui/audit-table';
import { LabelPill } from '../LabelPill';

export const VERDICT_TEXT = (v: VerdictKey) => (v === 'not-read' ? t('audit.verdict.notRead') : v === 'pending' ? t('audit.verdict.waiting') : labelText(v));

function Verdict({ row }: { row: AuditRowView }) {
  const { entry } = row;
  if (entry.state === 'queued') return <span className="muted">{t('audit.verdict.waiting')}</span>;
  if (entry.state === 'reading') return <span className="muted">{t('audit.verdict.reading')}</span>;
  const item = entry.item;
  if (!item || item.state === 'failed') return <span className="not-read">{notReadText(item?.problem)}</span>;
  if (item.provenance) return <span className="label-pill" style={{ background: IMAGE_VERDICTS[item.provenance].color }}>{IMAGE_VERDICTS[item.provenance].text}</span>;
  return <LabelPill label={item.label ?? 'unknown'} />;
}

function GroupCell({ row, onEdit }: { row: AuditRowView; onEdit(group: string): void }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(row.entry.group);
  if (editing)
    return (
      <input
        aria-label={t('audit.group.edit', { path: row.entry.path })}
        value={value}
        autoFocus
        maxLength={300}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => setEditing(false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            onEdit(value);
            setEditing(false);
          } else if (e.key === 'Escape') setEditing(false);
        }}
      />
    );
  return (
    <button type="button" className="link group-edit" title={t('audit.group.editHint', { source: GROUP_SOURCE_TEXT[row.entry.groupSource] })} onClick={() => (setValue(row.entry.groupSource === 'none' ? '' : row.entry.group), setEditing(true))}>
      {groupText(row.entry.group, row.entry.groupSource)}
    </button>
  );
}

interface Props {
  rows: readonly AuditRowView[];
  grouped: boolean;
  showChange: boolean;
  selectedId: string | null;
  onSelect(entryId: string): void;
  onEditGroup(entryId: string, group: string): void;
}

/**
 * The results: one row per file, optionally under its freelancer or project with counts. Memoized:
 * the section re-renders as the audit moves on, the table only when its rows do.
 */
export const AuditTable = memo(function AuditTable({ rows, grouped, showChange, selectedId, onSelect, onEditGroup }: Props) {
  const line = (row: AuditRowView) => {
    const item = row.entry.item;
    return (
      <tr key={row.entry.id} data-testid="audit-row" data-path={row.entry.path} data-verdict={row.verdict} data-change={row.change ?? ''} aria-selected={selectedId === row.entry.id}>
        <td className="audit-path">
          <button type="button" className="link" onClick={() => onSelect(row.entry.id)}>
            {row.entry.path}
          </button>
        </td>
        <td>
          <GroupCell row={row} onEdit={(g) => onEditGroup(row.entry.id, g)} />
        </td>
        <td>
          <Verdict row={row} />
        </td>
        <td className="num">{item?.state === 'done' && item.label && item.label !== 'unknown' ? `${Math.round((item.aiShare ?? 0) * 100)}%` : ''}</td>
        <td>{item?.provenance || !item?.images ? '' : imagesText(item.images)}</td>
        <td>{item ? CERTIFICATE_TEXT[item.certificate.status] : ''}</td>
        {showChange && (
          <td>
            {row.change ? CHANGE_TEXT[row.change] : ''}
            {row.previousLabel ? <span className="muted">{t('audit.was', { label: labelText(row.previousLabel) })}</span> : null}
          </td>
        )}
      </tr>
    );
  };
  const head = (
    <thead>
      <tr>
        <th>{t('audit.column.file')}</th>
        <th>{t('audit.column.group')}</th>
        <th>{t('list.verdict')}</th>
        <th>{t('list.share')}</th>
        <th>{t('images.region')}</th>
        <th>{t('audit.column.certificate')}</th>
        {showChange && <th>{t('audit.column.change')}</th>}
      </tr>
    </thead>
  );
  const columns = showChange ? 7 : 6;
  return (
    <table className="audit-table">
      {head}
      {grouped ? (
        groupRows(rows).map((g) => (
          <tbody key={g.group} data-testid="audit-group" data-group={g.group}>
            <tr className="audit-group-head">
              <th colSpan={columns} scope="rowgroup">
                {groupText(g.group, g.rows[0]?.entry.groupSource)}{' '}
                <span className="muted">{plural('audit.groupHead', g.rows.length, { counts: VERDICT_ORDER.filter((k) => g.counts[k]).map((k) => t('audit.groupCount', { n: g.counts[k]!, label: VERDICT_TEXT(k) })).join(', ') })}</span>
              </th>
            </tr>
            {g.rows.map(line)}
          </tbody>
        ))
      ) : (
        <tbody>{rows.map(line)}</tbody>
      )}
    </table>
  );
});

export { LABELS };
