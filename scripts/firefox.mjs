import { existsSync } from 'node:fs';

// Where Firefox lives, for the Firefox end-to-end tests (tests/e2e/firefox/) and the test runner.
// Debian's ESR first: the tests drive it over WebDriver BiDi, which every Firefox since 129 speaks.
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_HINT =
  'No Firefox found. Install it with `apt-get install firefox-esr` (Debian/Ubuntu) or point FIREFOX_PATH at a Firefox binary.';

export function findFirefoxPath(env = process.env) {
  if (env.FIREFOX_PATH) return existsSync(env.FIREFOX_PATH) ? env.FIREFOX_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}
