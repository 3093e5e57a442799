import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The production builds, Chrome and Firefox, made once for every build test (they only read them;
 * parallel builds would collide in .output and .wxt). NODE_ENV=production: vitest sets `test`, which
 * would make Vite bundle libraries' development builds instead of what ships.
 */
export default function setup() {
  const env = { ...process.env, ASSAY_E2E: '', ASSAY_SIZES: '', NODE_ENV: 'production' };
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'pipe', env });
}
