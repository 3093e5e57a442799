#!/usr/bin/env node
// Every test: types, unit, component, build and end-to-end in Chromium and Firefox. Ends with one line
// "N passed, N failed, N skipped" counting every test (the type check and the layer check count as one
// each; a test skipped because what it needs is absent, e.g. ../shared/data, counts as skipped, and is
// named above the line). The line is also written to test-results/summary.txt for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromiumPath, CHROMIUM_HINT } from './chromium.mjs';
import { findFirefoxPath, FIREFOX_HINT } from './firefox.mjs';
import { countReport } from './test-count.mjs';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = [];

const reportDir = join(root, 'test-results');
mkdirSync(reportDir, { recursive: true });
const summaryFile = join(reportDir, 'summary.txt');
rmSync(summaryFile, { force: true });

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

// The Firefox end-to-end tests (tests/e2e/firefox/) fail with this hint when there is no Firefox; say it first.
if (!findFirefoxPath()) console.error(`\n✖ ${FIREFOX_HINT} The Firefox end-to-end tests will fail.`);

/** Runs some vitest projects and adds their results to the totals. */
function vitest(title, projects) {
  const report = join(reportDir, `vitest-${projects.join('-')}.json`);
  rmSync(report, { force: true });
  console.log(`\n▶ ${title}`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile=${report}`];
  const status = run('npx', args);
  let failedHere = 0;
  if (existsSync(report)) {
    const counts = countReport(JSON.parse(readFileSync(report, 'utf8')), root);
    passed += counts.passed;
    failedHere += counts.failed;
    skipped += counts.skipped;
    skippedNames.push(...counts.names);
  } else if (status !== 0) failedHere++;
  if (status !== 0 && failedHere === 0) failedHere++;
  failed += failedHere;
}

// Builds write to .output and .wxt: the build tests and the end-to-end tests run one after the other.
vitest('Unit, component and build tests', ['unit', 'component', 'build']);
if (chromium) vitest('End-to-end tests in Chromium and Firefox', ['e2e']);
else console.error(`\n✖ End-to-end tests not run. ${CHROMIUM_HINT}`);

if (skippedNames.length) {
  console.log(`\nSkipped (${skippedNames.length}; tests that need ../shared/data, training data a fresh clone does not have, skip without it; see the README):`);
  for (const name of skippedNames) console.log(`  - ${name}`);
}
const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync(summaryFile, `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : 0);
