import { outlookPage } from '../lib/platforms/outlook/page';
import { runMailContentScript } from '../lib/platforms/mail/content';
import { PLATFORMS } from '../lib/platforms/registry';

/** Outlook on the web: registered at run time only once the user turns Outlook on (see background/platforms.ts). */
export default defineContentScript({
  matches: PLATFORMS.outlook.matches,
  registration: 'runtime',
  main() {
    void runMailContentScript('outlook', outlookPage).catch((error: unknown) => console.warn('[assay] Outlook:', error));
  },
});
