import { existsSync } from 'node:fs';

// Kept in step with tests/e2e/chromium.ts (plain JS here so scripts run without a TypeScript loader).
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM_HINT =
  'No Chromium found. Install it with `apt-get install chromium` (Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary.';

export function findChromiumPath(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}
