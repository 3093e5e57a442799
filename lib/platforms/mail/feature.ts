import { askBackground, onBackgroundMessages } from '../../messaging/page';
import { CERTIFY_ATTACHED_REPLY, PLATFORM_REQUEST_RULES, PLATFORM_SCAN_REPLY } from '../../messaging/rules.generated';
import type { RunningFeature, StartFeature } from '../feature';
import { startMailController, type MailPlatformPage } from './controller';

/**
 * A webmail platform's feature: the controller watching the open messages, the dashboard's highlight
 * switch, and everything stopped when the feature's signal aborts.
 */
export function mailFeature(page: MailPlatformPage): StartFeature {
  return ({ doc, config, signal }): RunningFeature => {
    const controller = startMailController(page, {
      doc,
      autoScan: config.autoScan,
      highlights: config.highlights,
      scan: (deliverable) => askBackground('platform.scan', { deliverable }, PLATFORM_SCAN_REPLY),
      verifyAttached: (certificate, name, deliverable) => askBackground('certify.attached', { certificate, name, deliverable }, CERTIFY_ATTACHED_REPLY),
    });
    const unlisten = onBackgroundMessages(PLATFORM_REQUEST_RULES, {
      // The dashboard's highlight switch applies here too.
      'page.visibility': ({ visible }) => {
        controller.setHighlights(visible);
        return { ok: true as const };
      },
    });
    signal.addEventListener(
      'abort',
      () => {
        controller.stop();
        try {
          unlisten();
        } catch {
          /* the runtime is gone (extension updated) */
        }
      },
      { once: true },
    );
    return { recheck: () => controller.checkAll() };
  };
}
