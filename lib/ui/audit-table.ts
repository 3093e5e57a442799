import type { AuditDiff } from '../audit/diff';
import type { AuditEntryRow, Change } from '../audit/schema';
import type { DocumentLabel } from '../schema/verdict';

/**
 * The results table's rows, filters, sorting and grouping: pure, so the table is tested without a
 * browser and stays fast on a thousand files.
 */
export type VerdictKey = DocumentLabel | 'not-read' | 'pending';

export interface AuditRowView {
  entry: AuditEntryRow;
  verdict: VerdictKey;
  change?: Change;
  previousLabel?: DocumentLabel;
}

export type SortKey = 'path' | 'group' | 'verdict' | 'aiShare' | 'change';

export interface TableOptions {
  verdict: VerdictKey | 'all';
  group: string | 'all';
  change: Change | 'all';
  text: string;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_TABLE: TableOptions = { verdict: 'all', group: 'all', change: 'all', text: '', sort: 'verdict', descending: false };

/** Worst first: what needs a look comes first when sorted by verdict. */
const VERDICT_ORDER: VerdictKey[] = ['ai', 'mixed', 'unsure', 'human', 'unknown', 'not-read', 'pending'];
const CHANGE_ORDER: Change[] = ['new', 'changed', 'removed', 'unchanged'];

export function verdictOf(entry: AuditEntryRow): VerdictKey {
  if (entry.state === 'queued' || entry.state === 'reading') return 'pending';
  if (entry.state !== 'done' || !entry.item?.label) return 'not-read';
  return entry.item.label;
}

export function rowsOf(entries: readonly AuditEntryRow[], diff?: AuditDiff): AuditRowView[] {
  return entries.map((entry) => {
    const change = diff?.byPath.get(entry.path);
    return { entry, verdict: verdictOf(entry), ...(change ? { change: change.change, ...(change.previousLabel ? { previousLabel: change.previousLabel } : {}) } : {}) };
  });
}

export function applyTable(rows: readonly AuditRowView[], options: TableOptions): AuditRowView[] {
  const text = options.text.trim().toLowerCase();
  const kept = rows.filter(
    (r) =>
      (options.verdict === 'all' || r.verdict === options.verdict) &&
      (options.group === 'all' || r.entry.group === options.group) &&
      (options.change === 'all' || r.change === options.change) &&
      (!text || r.entry.path.toLowerCase().includes(text) || r.entry.group.toLowerCase().includes(text)),
  );
  const key = (r: AuditRowView): string | number => {
    switch (options.sort) {
      case 'path':
        return r.entry.path;
      case 'group':
        return r.entry.group.toLowerCase();
      case 'verdict':
        return VERDICT_ORDER.indexOf(r.verdict);
      case 'aiShare':
        return r.entry.item?.aiShare ?? -1;
      case 'change':
        return r.change ? CHANGE_ORDER.indexOf(r.change) : CHANGE_ORDER.length;
    }
  };
  const sign = options.descending ? -1 : 1;
  return kept
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : a.i - b.i))
    .map((x) => x.r);
}

/** Rows under their freelancer or project, groups in order of first appearance (the sort decides). */
export function groupRows(rows: readonly AuditRowView[]): { group: string; rows: AuditRowView[]; counts: Partial<Record<VerdictKey, number>> }[] {
  const groups = new Map<string, { group: string; rows: AuditRowView[]; counts: Partial<Record<VerdictKey, number>> }>();
  for (const row of rows) {
    let g = groups.get(row.entry.group);
    if (!g) groups.set(row.entry.group, (g = { group: row.entry.group, rows: [], counts: {} }));
    g.rows.push(row);
    g.counts[row.verdict] = (g.counts[row.verdict] ?? 0) + 1;
  }
  return [...groups.values()];
}

export { VERDICT_ORDER };
