import { create } from 'zustand';
import type { ScanStatus, TabRecord } from '../messaging/protocol';
import type { SourceKind } from '../schema/deliverable';
import type { DocumentLabel } from '../schema/verdict';
import * as dashboard from './dashboard-slice';
import * as popup from './popup-slice';

/** zustand stores built from the pure slices: components call actions, reducers stay testable. */
export interface PopupStore extends popup.PopupState {
  setTabId(tabId: number): void;
  receivedTab(tab: TabRecord): void;
  receivedProgress(status: ScanStatus): void;
  scanStarted(status: ScanStatus): void;
  failed(error: string): void;
  highlightsChanged(visible: boolean): void;
  dismissError(): void;
}

export const usePopupStore = create<PopupStore>((set) => ({
  ...popup.initialPopupState,
  setTabId: (tabId) => set({ tabId }),
  receivedTab: (tab) => set((s) => popup.receivedTab(s, tab)),
  receivedProgress: (status) => set((s) => popup.receivedProgress(s, status)),
  scanStarted: (status) => set((s) => popup.scanStarted(s, status)),
  failed: (error) => set((s) => popup.failed(s, error)),
  highlightsChanged: (visible) => set((s) => popup.highlightsChanged(s, visible)),
  dismissError: () => set({ error: null }),
}));

export interface DashboardStore extends dashboard.DashboardState {
  setLabelFilter(label: DocumentLabel | 'all'): void;
  setSourceFilter(kind: SourceKind | 'all'): void;
  select(id: string | null): void;
  askDelete(id: string): void;
  cancelDelete(): void;
  deleted(id: string): void;
}

export const useDashboardStore = create<DashboardStore>((set) => ({
  ...dashboard.initialDashboardState,
  setLabelFilter: (labelFilter) => set({ labelFilter }),
  setSourceFilter: (sourceFilter) => set({ sourceFilter }),
  select: (id) => set((s) => dashboard.select(s, id)),
  askDelete: (id) => set((s) => dashboard.askDelete(s, id)),
  cancelDelete: () => set((s) => dashboard.cancelDelete(s)),
  deleted: (id) => set((s) => dashboard.deleted(s, id)),
}));
