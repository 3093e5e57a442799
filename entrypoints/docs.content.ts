import { runDocsContentScript } from '../lib/platforms/docs/content';
import { PLATFORMS } from '../lib/platforms/registry';

/** Google Docs: registered at run time only once the user turns Google Docs on (see background/platforms.ts). */
export default defineContentScript({
  matches: PLATFORMS.docs.matches,
  registration: 'runtime',
  main() {
    void runDocsContentScript().catch((error: unknown) => console.warn('[assay] Google Docs:', error));
  },
});
