import { setupDetection } from './detection';
import { setupScanning } from './scan';
import { setupTabs } from './tabs';
import { setupSettingsEffects } from './settings-effects';
import { setupPlatforms } from './platforms';
import { setupFigma } from './figma';

export default defineBackground({
  type: 'module',
  main() {
    setupDetection();
    setupScanning();
    setupTabs();
    setupSettingsEffects();
    setupPlatforms();
    setupFigma();
  },
});
