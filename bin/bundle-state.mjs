// Whether the `assay` bundle in dist/cli can run: built (by `npm run build:cli` or npm's `prepare`)
// after every source it was built from last changed. Plain JS: it runs before any TypeScript loader.
import { readFileSync, statSync } from 'node:fs';

/**
 * `fresh`: run the bundle. `missing`: never built (or its list is unreadable). `stale`: a source it
 * lists changed since, or is gone. `forced`: ASSAY_CLI_SOURCES=1 asks for the sources.
 */
export function bundleState(root, env = process.env) {
  if (env.ASSAY_CLI_SOURCES === '1') return 'forced';
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
  } catch {
    return 'missing';
  }
  if (!Array.isArray(manifest.inputs) || manifest.inputs.length === 0 || typeof manifest.builtAt !== 'number') return 'missing';
  for (const file of manifest.inputs) {
    try {
      if (statSync(new URL(file, root)).mtimeMs > manifest.builtAt) return 'stale';
    } catch {
      return 'stale';
    }
  }
  return 'fresh';
}
