import { browser } from 'wxt/browser';
import { labelColor, verdictLine } from '../../lib/report/labels';
import type { DocumentVerdict } from '../../lib/schema/verdict';
import { t } from '../../lib/i18n';
import { languageReady } from '../../lib/settings/language';

/**
 * The toolbar badge, in the colour of the tab's last verdict: the AI share where passages are labelled
 * AI; "?" when Unsure (a share of 0% would read as a clean bill); "–" when there was not enough text;
 * "OK" for Likely human. The icon's title says the verdict in words.
 */
export function badgeText(verdict: DocumentVerdict): string {
  switch (verdict.label) {
    case 'ai':
    case 'mixed':
      return `${Math.round(verdict.aiShare * 100)}%`;
    case 'unsure':
      return '?';
    case 'human':
      return 'OK';
    case 'unknown':
      return '–';
  }
}

export async function showBadge(tabId: number, verdict: DocumentVerdict): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: labelColor(verdict.label) });
  await browser.action.setBadgeText({ tabId, text: badgeText(verdict) });
  // The title is in the user's language (their choice in settings, else the browser's).
  await languageReady();
  await browser.action.setTitle({ tabId, title: t('badge.title', { verdict: verdictLine(verdict.label, verdict.aiShare, ' · ', verdict.probability) }) });
  if (browser.action.setBadgeTextColor) await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
}

/** Back to the manifest's title: an empty title would make Chrome show the bare extension name. */
export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: browser.runtime.getManifest().action?.default_title ?? 'Assay' });
}
