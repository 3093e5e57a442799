import '../lib/i18n/all';
import { start } from '../lib/platforms/docs/content';
import { runPlatformFeature } from '../lib/platforms/feature';
import { PLATFORMS } from '../lib/platforms/registry';

/** Google Docs: registered at run time only once the user turns it on (see background/platforms.ts); stops with WXT's ctx. */
export default defineContentScript({
  matches: PLATFORMS.docs.matches,
  registration: 'runtime',
  main(ctx) {
    void runPlatformFeature('docs', ctx, start).catch((error: unknown) => console.warn('[assay] Google Docs:', error));
  },
});
