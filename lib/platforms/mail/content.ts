import type { PlatformId } from '../registry';
import { sendMessage } from '../../messaging/send';
import { onMessages } from '../../messaging/receive';
import { startMailController, type MailController, type MailPlatformPage } from './controller';

declare global {
  // Lives in the content script's isolated world: the script may be injected again into an open tab.
  var __assayMail: MailController | undefined;
}

/** The content script of a webmail platform: asks the background how the user set it up, then watches. */
export async function runMailContentScript(id: PlatformId, page: MailPlatformPage): Promise<void> {
  if (globalThis.__assayMail) return;
  const config = await sendMessage('platform.config', { platform: id });
  if (!config.enabled || globalThis.__assayMail) return;
  const controller = startMailController(page, {
    doc: document,
    autoScan: config.autoScan,
    highlights: config.highlights,
    scan: (deliverable) => sendMessage('platform.scan', { deliverable }),
  });
  globalThis.__assayMail = controller;
  onMessages({
    // The dashboard's highlight switch applies here too.
    'page.visibility': ({ visible }) => {
      controller.setHighlights(visible);
      return { ok: true as const };
    },
  });
}
