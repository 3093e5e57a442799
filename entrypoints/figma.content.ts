import '../lib/i18n/all';
import { start } from '../lib/platforms/figma/content';
import { runPlatformFeature } from '../lib/platforms/feature';
import { PLATFORMS } from '../lib/platforms/registry';

/** Figma: registered at run time only once the user turns it on (see background/platforms.ts); stops with WXT's ctx. */
export default defineContentScript({
  matches: PLATFORMS.figma.matches,
  registration: 'runtime',
  main(ctx) {
    void runPlatformFeature('figma', ctx, start).catch((error: unknown) => console.warn('[assay] Figma:', error));
  },
});
