import type { SourceKind } from '../schema/deliverable';
import type { DocumentLabel } from '../schema/verdict';
import type { ScanRecord } from '../schema/record';

/** The dashboard's view state and its pure transitions. The records themselves come live from Dexie. */
export interface DashboardState {
  labelFilter: DocumentLabel | 'all';
  sourceFilter: SourceKind | 'all';
  selectedId: string | null;
  confirmDeleteId: string | null;
}

export const initialDashboardState: DashboardState = { labelFilter: 'all', sourceFilter: 'all', selectedId: null, confirmDeleteId: null };

export function filterRecords(records: readonly ScanRecord[], state: Pick<DashboardState, 'labelFilter' | 'sourceFilter'>): ScanRecord[] {
  return records.filter(
    (record) => (state.labelFilter === 'all' || record.verdict.label === state.labelFilter) && (state.sourceFilter === 'all' || record.source.kind === state.sourceFilter),
  );
}

export function select(state: DashboardState, id: string | null): DashboardState {
  return { ...state, selectedId: id, confirmDeleteId: null };
}

export function askDelete(state: DashboardState, id: string): DashboardState {
  return { ...state, confirmDeleteId: id };
}

export function cancelDelete(state: DashboardState): DashboardState {
  return { ...state, confirmDeleteId: null };
}

/** After a delete the detail view closes if it showed the deleted record. */
export function deleted(state: DashboardState, id: string): DashboardState {
  return { ...state, confirmDeleteId: null, selectedId: state.selectedId === id ? null : state.selectedId };
}
