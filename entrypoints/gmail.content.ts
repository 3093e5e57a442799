import { gmailPage } from '../lib/platforms/gmail/page';
import { runMailContentScript } from '../lib/platforms/mail/content';
import { PLATFORMS } from '../lib/platforms/registry';

/** Gmail: registered at run time only once the user turns Gmail on (see background/platforms.ts). */
export default defineContentScript({
  matches: PLATFORMS.gmail.matches,
  registration: 'runtime',
  main() {
    void runMailContentScript('gmail', gmailPage).catch((error: unknown) => console.warn('[assay] Gmail:', error));
  },
});
