// The one place that knows where Chromium lives, shared with the plain-JS scripts.
export { CHROMIUM_HINT, findChromiumPath as findChromium } from '../../scripts/chromium.mjs';
