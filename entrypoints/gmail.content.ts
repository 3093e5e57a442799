import { start } from '../lib/platforms/gmail/content';
import { runPlatformFeature } from '../lib/platforms/feature';
import { MATCHES } from '../lib/platforms/gmail/page';

/** Gmail: registered at run time only once the user turns it on (see background/platforms.ts); stops with WXT's ctx. */
export default defineContentScript({
  matches: MATCHES,
  registration: 'runtime',
  main(ctx) {
    void runPlatformFeature('gmail', ctx, start).catch((error: unknown) => console.warn('[assay] Gmail:', error));
  },
});
