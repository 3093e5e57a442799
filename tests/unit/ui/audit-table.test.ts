import { describe, expect, it } from 'vitest';
import { diffAudits } from '../../../lib/audit/diff';
import type { AuditEntryRow, AuditItem } from '../../../lib/audit/schema';
import { applyTable, DEFAULT_TABLE, groupRows, rowsOf } from '../../../lib/ui/audit-table';

const h = (c: string) => c.repeat(64);
const item = (path: string, patch: Partial<AuditItem>): AuditItem => ({ path, bytes: 1, contentHash: h('a'), state: 'done', meta: {}, notes: [], certificate: { status: 'none' }, durationMs: 1, ...patch });
const entry = (order: number, path: string, group: string, state: AuditEntryRow['state'], patch: Partial<AuditItem> = {}): AuditEntryRow => ({
  id: `x:${order}`, auditId: 'x', path, order, origin: 'file', state, group, groupSource: 'folder',
  ...(state === 'queued' || state === 'reading' ? {} : { item: item(path, { state: state === 'done' ? 'done' : 'failed', ...patch }) }),
});

const entries = [
  entry(0, 'a/one.md', 'alice', 'done', { label: 'human', aiShare: 0 }),
  entry(1, 'a/two.md', 'alice', 'done', { label: 'ai', aiShare: 0.9, contentHash: h('b') }),
  entry(2, 'b/three.pdf', 'bob', 'failed', { problem: 'encrypted' }),
  entry(3, 'b/four.md', 'bob', 'done', { label: 'mixed', aiShare: 0.3 }),
  entry(4, 'b/five.md', 'bob', 'queued'),
];

describe('the audit results table', () => {
  it('sorts by verdict, Likely AI first, not-read and waiting files last', () => {
    expect(applyTable(rowsOf(entries), DEFAULT_TABLE).map((r) => [r.entry.path, r.verdict])).toEqual([
      ['a/two.md', 'ai'],
      ['b/four.md', 'mixed'],
      ['a/one.md', 'human'],
      ['b/three.pdf', 'not-read'],
      ['b/five.md', 'pending'],
    ]);
    expect(applyTable(rowsOf(entries), { ...DEFAULT_TABLE, sort: 'aiShare', descending: true }).map((r) => r.entry.path).slice(0, 3)).toEqual(['a/two.md', 'b/four.md', 'a/one.md']);
  });

  it('filters by verdict, group, change and text', () => {
    const diff = diffAudits(entries.flatMap((e) => (e.item ? [{ path: e.path, contentHash: e.item.contentHash, label: e.item.label, state: e.item.state }] : [])), [{ path: 'a/two.md', contentHash: h('a'), label: 'human', state: 'done' }]);
    const rows = rowsOf(entries, diff);
    expect(applyTable(rows, { ...DEFAULT_TABLE, verdict: 'not-read' }).map((r) => r.entry.path)).toEqual(['b/three.pdf']);
    expect(applyTable(rows, { ...DEFAULT_TABLE, group: 'alice' }).map((r) => r.entry.path)).toEqual(['a/two.md', 'a/one.md']);
    expect(applyTable(rows, { ...DEFAULT_TABLE, change: 'changed' }).map((r) => [r.entry.path, r.previousLabel])).toEqual([['a/two.md', 'human']]);
    expect(applyTable(rows, { ...DEFAULT_TABLE, text: 'FOUR' }).map((r) => r.entry.path)).toEqual(['b/four.md']);
  });

  it('groups rows under their freelancer or project with counts per verdict', () => {
    const groups = groupRows(applyTable(rowsOf(entries), DEFAULT_TABLE));
    expect(groups.map((g) => [g.group, g.rows.length, g.counts])).toEqual([
      ['alice', 2, { ai: 1, human: 1 }],
      ['bob', 3, { mixed: 1, 'not-read': 1, pending: 1 }],
    ]);
  });

  it('keeps Unsure a verdict of its own: sorted between Mixed and Likely human, filtered and counted apart', () => {
    const withUnsure = [...entries, entry(5, 'a/six.md', 'alice', 'done', { label: 'unsure', aiShare: 0, probability: 0.6 }), entry(6, 'b/seven.md', 'bob', 'done', { label: 'unsure', aiShare: 0 })];
    const rows = applyTable(rowsOf(withUnsure), DEFAULT_TABLE);
    expect(rows.map((r) => r.verdict)).toEqual(['ai', 'mixed', 'unsure', 'unsure', 'human', 'not-read', 'pending']);
    expect(applyTable(rowsOf(withUnsure), { ...DEFAULT_TABLE, verdict: 'unsure' }).map((r) => r.entry.path)).toEqual(['a/six.md', 'b/seven.md']);
    expect(applyTable(rowsOf(withUnsure), { ...DEFAULT_TABLE, verdict: 'human' }).map((r) => r.entry.path)).toEqual(['a/one.md']);
    expect(groupRows(rows).map((g) => [g.group, g.counts])).toEqual([
      ['alice', { ai: 1, unsure: 1, human: 1 }],
      ['bob', { mixed: 1, unsure: 1, 'not-read': 1, pending: 1 }],
    ]);
  });
});
