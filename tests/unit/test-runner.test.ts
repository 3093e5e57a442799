// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countReport } from '../../scripts/test-count.mjs';

const ROOT = join(import.meta.dirname, '../..');

describe('the test runner’s counts', () => {
  it('counts skipped and todo tests as skipped, names them, and a file that did not load as failed', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [
        { name: join(ROOT, 'tests/unit/a.test.ts'), status: 'passed', assertionResults: [{ fullName: 'a works', status: 'passed' }, { fullName: 'a needs data', status: 'skipped' }] },
        { name: join(ROOT, 'tests/unit/b.test.ts'), status: 'failed', assertionResults: [{ fullName: 'b later', status: 'todo' }, { fullName: 'b data', status: 'pending' }, { fullName: 'b', status: 'failed' }] },
        { name: join(ROOT, 'tests/unit/c.test.ts'), status: 'failed', assertionResults: [] },
      ],
    };
    expect(countReport(report, ROOT)).toEqual({
      passed: 3,
      failed: 2,
      skipped: 3,
      names: ['tests/unit/a.test.ts › a needs data', 'tests/unit/b.test.ts › b later', 'tests/unit/b.test.ts › b data'],
    });
  });
});

describe('.ci/run', () => {
  /** A throwaway project holding a copy of .ci/run and the given package files. */
  function project(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'assay-ci-'));
    mkdirSync(join(dir, '.ci'));
    copyFileSync(join(ROOT, '.ci/run'), join(dir, '.ci/run'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const run = spawnSync('bash', [join(dir, '.ci/run')], { cwd: dir, encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/usr/bin/true', FIREFOX_PATH: '/usr/bin/true', npm_config_cache: join(dir, '.npm'), npm_config_offline: 'true' }, timeout: 120_000 });
    return { status: run.status, lastLine: `${run.stdout}`.trimEnd().split('\n').pop() };
  }
  const lock = (name: string) => JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name, version: '1.0.0' } } });

  it('ends with the count line when npm ci fails', () => {
    expect(project({ 'package.json': '{"name":"x","version":"1.0.0"}' })).toEqual({ status: 1, lastLine: '0 passed, 1 failed, 0 skipped' });
  }, 120_000);

  it('ends with the count line when the runner dies before counting', () => {
    const pkg = JSON.stringify({ name: 'y', version: '1.0.0', scripts: { test: 'node -e "process.exit(3)"' } });
    expect(project({ 'package.json': pkg, 'package-lock.json': lock('y') })).toEqual({ status: 1, lastLine: '0 passed, 1 failed, 0 skipped' });
  }, 120_000);

  it('ends with the runner’s own line, and its exit status, otherwise', () => {
    const script = "require('fs').mkdirSync('test-results',{recursive:true});require('fs').writeFileSync('test-results/summary.txt','5 passed, 1 failed, 2 skipped\\n');console.log('5 passed, 1 failed, 2 skipped');process.exit(1)";
    const pkg = JSON.stringify({ name: 'z', version: '1.0.0', scripts: { test: `node -e "${script.replace(/"/g, '\\"')}"` } });
    expect(project({ 'package.json': pkg, 'package-lock.json': lock('z') })).toEqual({ status: 1, lastLine: '5 passed, 1 failed, 2 skipped' });
  }, 120_000);
});
