#!/usr/bin/env node
// The `assay` command. It runs the bundle in dist/cli/ (built by `npm run build:cli`, and by npm's
// `prepare` on every `npm ci` / `npm install`), which starts without compiling TypeScript; when the
// bundle is missing or one of the sources it was built from is newer, it runs the sources through
// tsx instead, so an edit is never hidden behind a stale build. `assay --version` says which runs.
import module from 'node:module';
import { bundleState } from './bundle-state.mjs';

// Node 22.1+ keeps compiled code in a disk cache (in the system's temporary directory): later starts skip parsing.
module.enableCompileCache?.();

const state = bundleState(new URL('../', import.meta.url));
// The state, not words: `assay --version` says it in the terminal's language (lib/cli/main.ts).
process.env.ASSAY_CLI_RUNS_FROM = state;
if (state === 'fresh') {
  await import('../dist/cli/assay.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../lib/cli/run.ts');
}
