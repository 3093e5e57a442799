import { browser } from 'wxt/browser';
import { onMessages } from '../../lib/messaging/receive';
import { sendToTab } from '../../lib/messaging/send';
import { unreadableReason } from '../../lib/page/rules';
import { scanService } from './scan-service';
import { setStatus } from './tab-state';

/**
 * Certificates in the background: text to certify or to compare is scanned by the one scan service.
 * Signing and verifying happen in the dashboard, where the key store is (the same IndexedDB).
 */
const PAGE_SCRIPT = '/page-scan.js';

export function setupCertify(): void {
  onMessages({
    'file.scan': ({ deliverable }) => scanService.scan({ deliverable }, { progress: () => undefined }),
    'certify.draft': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId);
      const unreadable = unreadableReason(tab.url ?? tab.pendingUrl);
      if (unreadable) throw new Error(unreadable);
      await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_SCRIPT] });
      const deliverable = await sendToTab(tabId, 'page.extractDraft', {});
      const record = await scanService.scan({ deliverable }, { progress: (status) => setStatus({ tabId, ...status }) });
      return { recordId: record.id };
    },
  });
}
