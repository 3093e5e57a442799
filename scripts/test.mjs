#!/usr/bin/env node
// Every test: types, unit, component, build and end-to-end in Chromium. Ends with one line
// "N passed, N failed" counting every test that ran (the type check and the layer check count as one each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromiumPath, CHROMIUM_HINT } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;

function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

console.log('\n▶ Type check (tsc --noEmit)');
if (run('npx', ['tsc', '--noEmit', '-p', '.']) === 0) passed++;
else failed++;

console.log('\n▶ Layer rules (dependency-cruiser, .dependency-cruiser.cjs)');
if (run('npx', ['depcruise', 'lib', 'entrypoints', 'components', 'scripts', 'wxt.config.ts', '--config', '.dependency-cruiser.cjs']) === 0) passed++;
else failed++;

const chromium = findChromiumPath();
if (!chromium) {
  console.error(`\n✖ ${CHROMIUM_HINT}`);
  failed++;
}

const reportDir = join(root, 'test-results');
mkdirSync(reportDir, { recursive: true });

/** Runs some vitest projects and adds their results to the totals. */
function vitest(title, projects) {
  const report = join(reportDir, `vitest-${projects.join('-')}.json`);
  rmSync(report, { force: true });
  console.log(`\n▶ ${title}`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile=${report}`];
  const status = run('npx', args);
  let failedHere = 0;
  if (existsSync(report)) {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failedHere += results.numFailedTests;
    // A file that fails to load runs no test but must still count as a failure.
    failedHere += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  } else if (status !== 0) failedHere++;
  if (status !== 0 && failedHere === 0) failedHere++;
  failed += failedHere;
}

// Builds write to .output and .wxt: the build tests and the end-to-end tests run one after the other.
vitest('Unit, component and build tests', ['unit', 'component', 'build']);
if (chromium) vitest('End-to-end tests in Chromium', ['e2e']);
else console.error(`\n✖ End-to-end tests not run. ${CHROMIUM_HINT}`);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
