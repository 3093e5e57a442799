#!/usr/bin/env node
// What the content scripts are made of: builds the extension with source maps (into
// .output/<browser>-mv3-sizes, beside the shipped build, which it leaves alone) and prints, for each
// content script, its size and the bytes each source file and package contributes.
// `npm run size` (Chrome), `npm run size -- -b firefox`, `--top 30` for a longer list.
// The limit itself is checked by tests/build/content-scripts.test.ts on the shipped build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.findIndex((a) => a === name || (name === '--browser' && a === '-b'));
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const browser = option('--browser', 'chrome');
const top = Number(option('--top', '12'));
const out = join(root, `.output/${browser}-mv3-sizes`);

if (!args.includes('--no-build')) {
  // NODE_ENV=production: what ships (a test runner's NODE_ENV=test would change bundled libraries).
  const build = spawnSync('npx', ['wxt', 'build', '-b', browser], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASSAY_SIZES: '1', ASSAY_E2E: '', NODE_ENV: 'production' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one segment of a source map's `mappings` (base64 VLQ numbers). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Bytes of generated code per source file: each mapped segment runs to the next one on its line. */
function bytesBySource(code, map) {
  const lines = code.split('\n');
  const totals = new Map();
  const add = (name, n) => totals.set(name, (totals.get(name) ?? 0) + n);
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const text = lines[index] ?? '';
    let column = 0;
    let previous = { column: 0, source: undefined };
    for (const segment of line ? line.split(',') : []) {
      const [dColumn, dSource] = decodeSegment(segment);
      column += dColumn;
      add(previous.source ?? '(no source)', Buffer.byteLength(text.slice(previous.column, column)));
      if (dSource !== undefined) source += dSource;
      previous = { column, source: dSource === undefined ? undefined : map.sources[source] };
      // Later fields (line, column, name) are not needed: only which source a segment comes from.
    }
    add(previous.source ?? '(no source)', Buffer.byteLength(text.slice(previous.column)) + 1);
  });
  return totals;
}

/** A source's display name: the project path, or the package for a dependency. */
const fileOf = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
const packageOf = (file) => (file.startsWith('node_modules/') ? file.split('/').slice(0, file.split('/')[1].startsWith('@') ? 3 : 2).join('/') : file.split('/').slice(0, 2).join('/'));

const scripts = [
  ...(existsSync(join(out, 'content-scripts')) ? readdirSync(join(out, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`) : []),
  'page-scan.js',
].filter((f) => existsSync(join(out, f)));
if (!scripts.length) {
  console.error(`No content scripts in ${out}: build first (without --no-build).`);
  process.exit(1);
}

const kB = (n) => `${n.toLocaleString('en').padStart(8)} B`;
for (const file of scripts) {
  const code = readFileSync(join(out, file), 'utf8');
  const map = JSON.parse(readFileSync(join(out, `${file}.map`), 'utf8'));
  // The shipped build has no `//# sourceMappingURL` line: subtract it to print the shipped size.
  const comment = code.match(/\n?\/\/# sourceMappingURL=.*\s*$/)?.[0] ?? '';
  const bytes = statSync(join(out, file)).size - Buffer.byteLength(comment);
  const bySource = bytesBySource(code.slice(0, code.length - comment.length), map);
  const byFile = new Map();
  const byPackage = new Map();
  for (const [source, n] of bySource) {
    const name = fileOf(source);
    byFile.set(name, (byFile.get(name) ?? 0) + n);
    byPackage.set(packageOf(name), (byPackage.get(packageOf(name)) ?? 0) + n);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\n${file} (${browser}): ${bytes.toLocaleString('en')} bytes`);
  console.log('  by package or folder:');
  for (const [name, n] of sorted(byPackage)) console.log(`    ${kB(n)}  ${name}`);
  console.log('  by file:');
  for (const [name, n] of sorted(byFile)) console.log(`    ${kB(n)}  ${name}`);
}
