import type { ScanStatus, TabRecord } from '../messaging/protocol';

/** The popup's state and its pure transitions; the zustand store in popup-store.ts wires them. */
export interface PopupState {
  tabId: number | null;
  tab: TabRecord | null;
  status: ScanStatus | null;
  error: string | null;
  loading: boolean;
}

export const initialPopupState: PopupState = { tabId: null, tab: null, status: null, error: null, loading: true };

export function isBusy(status: ScanStatus | null): boolean {
  return status !== null && (status.stage === 'extracting' || status.stage === 'detecting' || status.stage === 'images' || status.stage === 'storing');
}

export function receivedTab(state: PopupState, tab: TabRecord): PopupState {
  // A scan under way, or second opinions still coming for the shown record, stay visible.
  const status = isBusy(tab.status) || tab.status.stage === 'remote' ? tab.status : null;
  return { ...state, tab, status, loading: false, error: tab.status.stage === 'error' && !tab.record ? (tab.status.error ?? null) : state.error };
}

export function receivedProgress(state: PopupState, status: ScanStatus): PopupState {
  if (state.tabId !== status.tabId) return state;
  if (status.stage === 'error') return { ...state, status: null, error: status.error ?? 'The scan failed.' };
  if (status.stage === 'done' || status.stage === 'idle') return { ...state, status: null };
  // The local verdict is already shown; the popup notes that more is coming.
  if (status.stage === 'remote') return { ...state, status, error: null };
  return { ...state, status, error: null };
}

export function scanStarted(state: PopupState, status: ScanStatus): PopupState {
  return receivedProgress({ ...state, error: null }, status);
}

export function failed(state: PopupState, error: string): PopupState {
  return { ...state, loading: false, status: null, error };
}

export function highlightsChanged(state: PopupState, visible: boolean): PopupState {
  return state.tab ? { ...state, tab: { ...state.tab, highlightsVisible: visible } } : state;
}
