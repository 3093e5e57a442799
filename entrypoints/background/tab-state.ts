import type { ScanStatus } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/send';

/** Scan status per tab, kept in the background while it lives, and broadcast to open extension pages. */
const statuses = new Map<number, ScanStatus>();
const highlightVisibility = new Map<number, boolean>();
const remoteCalls = new Map<number, AbortController>();

/** A signal that aborts when the tab closes or navigates, for the tab's remote calls. */
export function remoteSignal(tabId: number): AbortSignal {
  remoteCalls.get(tabId)?.abort();
  const controller = new AbortController();
  remoteCalls.set(tabId, controller);
  return controller.signal;
}

export function getStatus(tabId: number): ScanStatus {
  return statuses.get(tabId) ?? { tabId, stage: 'idle', done: 0, total: 0 };
}

export function setStatus(status: ScanStatus): void {
  statuses.set(status.tabId, status);
  // No extension page may be open to hear it; that is not an error.
  sendMessage('scan.progress', status).catch(() => undefined);
}

export function isScanning(tabId: number): boolean {
  const stage = getStatus(tabId).stage;
  return stage === 'extracting' || stage === 'detecting' || stage === 'images' || stage === 'storing';
}

export function getHighlightsVisible(tabId: number, fallback: boolean): boolean {
  return highlightVisibility.get(tabId) ?? fallback;
}

export function setHighlightsVisible(tabId: number, visible: boolean): void {
  highlightVisibility.set(tabId, visible);
}

export function forgetTab(tabId: number): void {
  remoteCalls.get(tabId)?.abort();
  remoteCalls.delete(tabId);
  statuses.delete(tabId);
  highlightVisibility.delete(tabId);
}

/** The dashboard setting replaces every per-tab choice made in the popup. */
export function clearHighlightOverrides(): void {
  highlightVisibility.clear();
}
