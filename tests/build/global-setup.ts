import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The production build, made once for every build test (they only read it; parallel builds would collide in .output). */
export default function setup() {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ASSAY_E2E: '' } });
}
