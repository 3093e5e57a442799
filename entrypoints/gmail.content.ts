import '../lib/i18n/all';
import { start } from '../lib/platforms/gmail/content';
import { runPlatformFeature } from '../lib/platforms/feature';
import { PLATFORMS } from '../lib/platforms/registry';

/** Gmail: registered at run time only once the user turns it on (see background/platforms.ts); stops with WXT's ctx. */
export default defineContentScript({
  matches: PLATFORMS.gmail.matches,
  registration: 'runtime',
  main(ctx) {
    void runPlatformFeature('gmail', ctx, start).catch((error: unknown) => console.warn('[assay] Gmail:', error));
  },
});
