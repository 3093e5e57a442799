import { describe, expect, it } from 'vitest';
import type { ScanStatus, TabRecord } from '../../../lib/messaging/protocol';
import * as d from '../../../lib/ui/dashboard-slice';
import * as p from '../../../lib/ui/popup-slice';
import { record } from '../../component/fixtures';

const status = (over: Partial<ScanStatus>): ScanStatus => ({ tabId: 1, stage: 'idle', done: 0, total: 0, ...over });
const tab = (over: Partial<TabRecord> = {}): TabRecord => ({ url: 'u', title: 't', record: null, platform: null, status: status({}), highlightsVisible: true, ...over });
const ready: p.PopupState = { ...p.initialPopupState, tabId: 1, loading: false };

describe('popup slice', () => {
  it('takes a tab record and stops loading', () => {
    expect(p.receivedTab(p.initialPopupState, tab())).toMatchObject({ loading: false, status: null, error: null });
  });
  it('resumes showing progress of a scan already running when the popup opens', () => {
    expect(p.receivedTab(ready, tab({ status: status({ stage: 'detecting', done: 3, total: 9 }) })).status?.stage).toBe('detecting');
    // Reopened while second opinions are still coming: the popup says so.
    expect(p.receivedTab(ready, tab({ status: status({ stage: 'remote', done: 9, total: 9 }), record: record() })).status?.stage).toBe('remote');
    expect(p.receivedTab(ready, tab({ status: status({ stage: 'done', done: 9, total: 9 }), record: record() })).status).toBeNull();
  });
  it('shows a stored failure only when there is no record to show', () => {
    const failed = status({ stage: 'error', error: 'boom' });
    expect(p.receivedTab(ready, tab({ status: failed })).error).toBe('boom');
    expect(p.receivedTab(ready, tab({ status: failed, record: record() })).error).toBeNull();
  });
  it.each([
    ['extracting', 'extracting', null],
    ['detecting', 'detecting', null],
    ['done', null, null],
    ['error', null, 'bad'],
  ] as const)('progress %s → status %s, error %s', (stage, expectedStage, expectedError) => {
    const next = p.receivedProgress(ready, status({ stage, error: 'bad' }));
    expect(next.status?.stage ?? null).toBe(expectedStage);
    expect(next.error).toBe(expectedError);
  });
  it('ignores progress from other tabs', () => {
    expect(p.receivedProgress(ready, status({ tabId: 2, stage: 'detecting' }))).toBe(ready);
  });
  it('clears an old error when a scan starts', () => {
    expect(p.scanStarted({ ...ready, error: 'old' }, status({ stage: 'extracting' })).error).toBeNull();
  });
  it('flips highlight visibility only with a tab', () => {
    expect(p.highlightsChanged(ready, false)).toBe(ready);
    expect(p.highlightsChanged({ ...ready, tab: tab() }, false).tab?.highlightsVisible).toBe(false);
  });
  it.each([
    [null, false],
    [status({ stage: 'storing' }), true],
    [status({ stage: 'done' }), false],
  ])('isBusy(%j) is %s', (s, busy) => {
    expect(p.isBusy(s)).toBe(busy);
  });
});

describe('dashboard slice', () => {
  const records = [record({ id: 'a' }, 'human'), record({ id: 'b', source: { kind: 'sample', url: 'x', title: 'x' } }, 'ai'), record({ id: 'c' }, 'mixed')];
  it.each([
    ['all', 'all', ['a', 'b', 'c']],
    ['ai', 'all', ['b']],
    ['all', 'page', ['a', 'c']],
    ['human', 'sample', []],
  ] as const)('filters label=%s source=%s', (labelFilter, sourceFilter, ids) => {
    expect(d.filterRecords(records, { labelFilter, sourceFilter }).map((r) => r.id)).toEqual(ids);
  });
  it('asks before deleting, and closes the detail of a deleted record', () => {
    let s = d.select(d.initialDashboardState, 'a');
    s = d.askDelete(s, 'a');
    expect(s.confirmDeleteId).toBe('a');
    expect(d.cancelDelete(s).confirmDeleteId).toBeNull();
    expect(d.deleted(s, 'a')).toMatchObject({ selectedId: null, confirmDeleteId: null });
    expect(d.deleted(d.select(d.initialDashboardState, 'b'), 'a').selectedId).toBe('b');
  });
});
