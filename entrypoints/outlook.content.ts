import '../lib/i18n/all';
import { start } from '../lib/platforms/outlook/content';
import { runPlatformFeature } from '../lib/platforms/feature';
import { PLATFORMS } from '../lib/platforms/registry';

/** Outlook on the web: registered at run time only once the user turns it on (see background/platforms.ts); stops with WXT's ctx. */
export default defineContentScript({
  matches: PLATFORMS.outlook.matches,
  registration: 'runtime',
  main(ctx) {
    void runPlatformFeature('outlook', ctx, start).catch((error: unknown) => console.warn('[assay] Outlook on the web:', error));
  },
});
