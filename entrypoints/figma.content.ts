import { start } from '../lib/platforms/figma/content';
import { runPlatformFeature } from '../lib/platforms/feature';
import { MATCHES } from '../lib/platforms/figma/page';

/** Figma: registered at run time only once the user turns it on (see background/platforms.ts); stops with WXT's ctx. */
export default defineContentScript({
  matches: MATCHES,
  registration: 'runtime',
  main(ctx) {
    void runPlatformFeature('figma', ctx, start).catch((error: unknown) => console.warn('[assay] Figma:', error));
  },
});
