import { browser } from 'wxt/browser';
import { labelColor } from '../../lib/report/labels';
import type { DocumentVerdict } from '../../lib/schema/verdict';

/** The toolbar badge: the AI share of the tab's last scan, in the colour of its label. */
export function badgeText(verdict: DocumentVerdict): string {
  if (verdict.label === 'unknown') return '?';
  return `${Math.round(verdict.aiShare * 100)}%`;
}

export async function showBadge(tabId: number, verdict: DocumentVerdict): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: labelColor(verdict.label) });
  await browser.action.setBadgeText({ tabId, text: badgeText(verdict) });
  if (browser.action.setBadgeTextColor) await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}
