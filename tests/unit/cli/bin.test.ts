// @vitest-environment node
// The `assay` command as users run it: a child process, the built bundle, signals.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleState } from '../../../bin/bundle-state.mjs';
import { measureStartup, STARTUP_TARGET_RATIO } from '../../../lib/cli/bench';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/assay.mjs');
const children: ChildProcess[] = [];

/** English whatever this machine's language: the words below are the English ones (LC_ALL wins over LANG). */
const ENGLISH = { LC_ALL: 'en_US.UTF-8' };

function assay(args: string[], input = '', env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, ...ENGLISH, ...env } });
}

beforeAll(() => {
  // What `npm ci` does in `prepare`: this file is the only one that runs the bundle, so it may rebuild it.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);

afterAll(() => {
  // Each child leads its own process group, which a server left behind by npx still belongs to.
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the whole group has exited
    }
  }
});

describe('the built CLI', () => {
  it('is built by npm ci / npm install (prepare) and not committed', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toBe('node scripts/build-cli.mjs');
    expect(pkg.bin.assay).toBe('bin/assay.mjs');
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('dist/');
  });

  it('lists the sources it was built from', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/cli/inputs.json'), 'utf8'));
    expect(manifest.inputs).toEqual(expect.arrayContaining(['lib/cli/run.ts', 'lib/cli/main.ts', 'lib/detect/index.ts', 'lib/detect/model.json']));
    expect(manifest.builtAt).toBeLessThanOrEqual(Date.now());
  });

  it('runs the bundle when it is fresh, and scans stdin', () => {
    expect(assay(['--version']).stdout).toMatch(/^assay \d+\.\d+\.\d+ \(bundle\)$/m);
    const scan = assay(['scan', '-'], 'A short note to check before it goes out.\n');
    expect(scan.status).toBe(0);
    expect(scan.stdout).toMatch(/^Verdict: Not enough text: /m);
  });

  it('runs the sources when asked to, with the same answer', () => {
    const input = 'We walked the river path before the market opened and counted the herons standing in the shallows. My brother insists the old bridge was painted green once, though nobody else in the family remembers it.\n';
    expect(assay(['--version'], '', { ASSAY_CLI_SOURCES: '1' }).stdout).toMatch(/\(sources \(ASSAY_CLI_SOURCES=1\)\)/);
    const fromSources = assay(['scan', '-', '--json'], input, { ASSAY_CLI_SOURCES: '1' });
    const fromBundle = assay(['scan', '-', '--json'], input);
    expect(fromSources.status).toBe(0);
    expect(JSON.parse(fromBundle.stdout)).toEqual(JSON.parse(fromSources.stdout));
  }, 60_000);

  it('audits a folder with its worker threads from the bundle (their own entry file)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/cli/inputs.json'), 'utf8'));
    expect(manifest.inputs).toEqual(expect.arrayContaining(['lib/cli/audit/worker.ts']));
    const dir = mkdtempSync(join(tmpdir(), 'assay-bin-audit-'));
    mkdirSync(join(dir, 'alice'));
    writeFileSync(join(dir, 'alice/a.md'), '# A note\n\nWe walked the river path before the market opened and counted the herons standing in the shallows.\n');
    writeFileSync(join(dir, 'alice/b.txt'), '');
    const out = join(dir, 'out.json');
    const run = assay(['audit', dir, '--json', out], '', { ASSAY_CACHE_DIR: join(dir, 'cache') });
    expect(run.status, run.stderr).toBe(0);
    const files = (JSON.parse(readFileSync(out, 'utf8')) as { files: { path: string; label?: string; problem?: string }[] }).files;
    expect(files.map((f) => [f.path.split('/').slice(-2).join('/'), f.label ?? f.problem])).toEqual([['alice/a.md', 'unknown'], ['alice/b.txt', 'empty']]);
  }, 60_000);

  it('exits with the documented codes from the command line too', () => {
    const bogus = assay(['bogus']);
    expect([bogus.status, bogus.stderr]).toEqual([2, expect.stringMatching(/unknown command "bogus"/)]);
    const empty = assay(['scan', '-'], '');
    expect([empty.status, empty.stderr]).toEqual([4, expect.stringMatching(/stdin is empty \(0 bytes\)/)]);
    const dir = assay(['scan', ROOT]);
    expect([dir.status, dir.stderr]).toEqual([3, expect.stringMatching(/is a directory/)]);
    // Three start-ups of the CLI: seconds each on a loaded machine.
  }, 60_000);

  it('speaks Indonesian when the terminal does (LANG=id_ID.UTF-8): help, errors, and the same exit codes', () => {
    const indonesian = { LC_ALL: '', LC_MESSAGES: '', LANG: 'id_ID.UTF-8' };
    const help = assay(['--help'], '', indonesian);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Pemakaian: assay <perintah> \[opsi\]$/m);
    expect(help.stdout).toMatch(/^Kode keluar: 0 selesai/m);
    expect(help.stdout).not.toMatch(/\b(Usage|Exit codes|report per passage)\b/);
    const bogus = assay(['bogus'], '', indonesian);
    expect([bogus.status, bogus.stderr]).toEqual([2, 'assay: perintah "bogus" tidak dikenal. Perintah yang ada: scan, score, eval, serve, audit, bench, certify, verify; lihat assay --help.\n']);
    const empty = assay(['scan', '-'], '', indonesian);
    expect([empty.status, empty.stderr]).toEqual([4, 'assay: stdin kosong (0 bita): tidak ada yang bisa dinilai\n']);
    expect(assay(['--version'], '', indonesian).stdout).toMatch(/^assay \d+\.\d+\.\d+ \(bundel\)$/m);
  }, 60_000);

  it(`starts faster than the sources, and within ${STARTUP_TARGET_RATIO}× a bare node on this machine`, () => {
    const bundle = measureStartup(3);
    const sources = measureStartup(3, { ...process.env, ASSAY_CLI_SOURCES: '1' });
    expect(bundle.runs_from).toBe('bundle');
    expect(bundle.assay_ms).toBeLessThan(sources.assay_ms);
    expect(bundle.ratio).toBeLessThan(STARTUP_TARGET_RATIO);
    console.log(`start-up: bundle ${bundle.assay_ms.toFixed(0)} ms, sources ${sources.assay_ms.toFixed(0)} ms, bare node ${bundle.node_ms.toFixed(0)} ms (${bundle.ratio.toFixed(1)}×)`);
  }, 120_000);
});

describe('choosing the bundle or the sources', () => {
  function project(files: Record<string, number>, manifest?: unknown) {
    const root = mkdtempSync(join(tmpdir(), 'assay-bundle-'));
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    for (const [file, mtime] of Object.entries(files)) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), mtime / 1000, mtime / 1000);
    }
    if (manifest !== undefined) writeFileSync(join(root, 'dist/cli/inputs.json'), JSON.stringify(manifest));
    return new URL(`file://${root}/`);
  }
  const BUILT = 1_700_000_000_000;

  it.each([
    ['every source older than the build', { 'lib/a.ts': BUILT - 5_000, 'lib/b.json': BUILT - 1 }, { builtAt: BUILT, inputs: ['lib/a.ts', 'lib/b.json'] }, 'fresh'],
    ['a source changed since', { 'lib/a.ts': BUILT - 5_000, 'lib/b.json': BUILT + 1_000 }, { builtAt: BUILT, inputs: ['lib/a.ts', 'lib/b.json'] }, 'stale'],
    ['a source gone', { 'lib/a.ts': BUILT - 5_000 }, { builtAt: BUILT, inputs: ['lib/a.ts', 'lib/gone.ts'] }, 'stale'],
    ['no build', { 'lib/a.ts': BUILT }, undefined, 'missing'],
    ['a broken list', { 'lib/a.ts': BUILT }, { inputs: 'x' }, 'missing'],
  ])('%s: %s', (_, files, manifest, state) => {
    expect(bundleState(project(files, manifest), {})).toBe(state);
  });

  it('runs the sources when ASSAY_CLI_SOURCES=1', () => {
    expect(bundleState(project({ 'lib/a.ts': 0 }, { builtAt: BUILT, inputs: ['lib/a.ts'] }), { ASSAY_CLI_SOURCES: '1' })).toBe('forced');
  });
});

describe('stopping assay serve', () => {
  /** Starts a command that runs the server on a free port; resolves with its address once it listens. */
  function startServe(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...ENGLISH, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.push(child);
    let stderr = '';
    const url = new Promise<string>((resolve, reject) => {
      child.stderr!.on('data', (chunk) => {
        stderr += chunk;
        const match = /listening on (http:\/\/\S+) /.exec(stderr);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code} before listening: ${stderr}`)));
    });
    return { child, url, stderr: () => stderr };
  }

  async function stopsListening(url: string, withinMs: number): Promise<boolean> {
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline) {
      try {
        await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(500) });
      } catch {
        return true;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  it('stops on SIGTERM, finishing cleanly (node bin/assay.mjs serve)', async () => {
    const serve = startServe(process.execPath, [BIN, 'serve', '--port', '0']);
    const url = await serve.url;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const exited = new Promise<number | null>((r) => serve.child.on('exit', (code) => r(code)));
    serve.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(serve.stderr()).toMatch(/Shutting down/);
    expect(await stopsListening(url, 1_000)).toBe(true);
  }, 60_000);

  it('stops when npx, which does not pass SIGTERM on, is sent it', async () => {
    const serve = startServe('npx', ['--no-install', 'assay', 'serve', '--port', '0']);
    const url = await serve.url;
    serve.child.kill('SIGTERM');
    // npx ends at once; the server notices its parent is gone and shuts down.
    expect(await stopsListening(url, 10_000)).toBe(true);
  }, 90_000);
});
