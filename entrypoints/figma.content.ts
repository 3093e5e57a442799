import { runFigmaContentScript } from '../lib/platforms/figma/content';
import { PLATFORMS } from '../lib/platforms/registry';

/** Figma: registered at run time only once the user turns Figma on (see background/platforms.ts). */
export default defineContentScript({
  matches: PLATFORMS.figma.matches,
  registration: 'runtime',
  main() {
    void runFigmaContentScript().catch((error: unknown) => console.warn('[assay] Figma:', error));
  },
});
