import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messaging/receive';
import { sendToTab } from '../../lib/messaging/send';
import { unreadableReason } from '../../lib/page/rules';
import { nameDraft, NO_DRAFT } from '../../lib/page/draft';
import { t } from '../../lib/i18n';
import { scanService } from './scan-service';
import { setStatus } from './tab-state';
import { checkPlatformSender } from './platforms';
import { platformOfUrl } from '../../lib/platforms/registry';
import { getDatabase } from '../../lib/store/db';
import { verifyAndKeep } from '../../lib/ui/certificates';

/**
 * Certificates in the background: text to certify or to compare is scanned by the one scan service.
 * Signing and verifying happen in the dashboard, where the key store is (the same IndexedDB).
 */
const PAGE_SCRIPT = '/page-scan.js';

export function setupCertify(): void {
  onMessages({
    'file.scan': ({ deliverable }) => scanService.scan({ deliverable }, { progress: () => undefined }),
    // A certificate attached to an open message, checked against that message's text; the sender must be the message's page.
    'certify.attached': async ({ certificate, deliverable }, sender) => {
      const refused = checkPlatformSender(deliverable, sender.tab?.url ?? sender.url);
      if (refused) throw new Error(refused);
      const result = await verifyAndKeep(getDatabase(), certificate, [{ name: deliverable.source.title, passages: deliverable.segments }], []);
      return { status: result.status, reason: result.reason.slice(0, 5_000) };
    },
    'certify.draft': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId);
      const unreadable = unreadableReason(tab.url ?? tab.pendingUrl);
      if (unreadable) throw new Error(unreadable);
      await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT] });
      // A draft in Gmail or Outlook is that platform's; in any other editor, the page's.
      const draft = await sendToTab(tabId, 'page.extractDraft', { kind: platformOfUrl(tab.url ?? '') ?? 'page' }).catch((error: unknown) => {
        throw error instanceof Error && error.message === NO_DRAFT ? new Error(t('error.draft.none')) : error;
      });
      const deliverable = nameDraft(draft);
      const record = await scanService.scan({ deliverable }, { progress: (status) => setStatus({ tabId, ...status }) });
      return { recordId: record.id };
    },
  });
}
