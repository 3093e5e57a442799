#!/usr/bin/env node
// `npm run build:cli` (and npm's `prepare`, so a plain `npm ci` leaves it ready): bundles the `assay`
// command into dist/cli/, so it starts without compiling TypeScript. dist/cli/inputs.json lists the
// sources it was built from; bin/assay.mjs runs the sources instead when one of them is newer.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const BUNDLED = ['zod'];
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/**
 * JSON modules as \`JSON.parse('…')\`: V8 parses a JSON string much faster than the same data as a
 * JavaScript object literal, and the detector's model is 440 kB of it.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};
const out = `${root}dist/cli`;
const startedAt = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  absWorkingDir: root,
  // The audit's worker threads load their own entry: the pool starts it by its file name.
  entryPoints: { assay: 'lib/cli/run.ts', 'audit-worker': 'lib/cli/audit/worker.ts' },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Commands and heavy readers are imported on demand: each becomes its own file, loaded only when used.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies stay in node_modules (the WASM reader finds its .wasm there), except what every command
  // loads: zod, bundled, starts faster than as the dozens of files Node would otherwise resolve and read.
  external: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
    .filter((name) => !BUNDLED.includes(name))
    .flatMap((name) => [name, `${name}/*`]),
  plugins: [jsonAsParse],
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs)
  .filter((file) => !file.includes('node_modules'))
  .map((file) => relative(root, `${root}${file}`))
  .sort();
writeFileSync(`${out}/inputs.json`, `${JSON.stringify({ builtAt: startedAt, inputs }, null, 1)}\n`);
console.log(`assay CLI built: dist/cli/ from ${inputs.length} sources in ${Date.now() - startedAt} ms`);
