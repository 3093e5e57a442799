import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The Firefox MV3 production build: what Firefox and addons.mozilla.org check before a user ever
 * sees it. `web-ext lint` is Mozilla's own linter (the one AMO runs); errors fail here, warnings are
 * listed in docs/firefox.md.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/firefox-mv3');
/** web-ext lint reads every bundled file (the 9 MB C2PA WASM included): ~45 s on a busy 2-core machine. */
const LINT_TIMEOUT_MS = 180_000;
let manifest: Record<string, any>;

beforeAll(() => {
  // Built by tests/build/global-setup.ts, as production (what ships).
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
});

describe('the Firefox build', () => {
  it('is Manifest V3 with an event page, a fixed add-on id and the data-collection consent', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ type: 'module', scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: 'assay@assay.local',
      data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
    });
    for (const file of ['popup.html', 'options.html', 'offscreen.html', 'background.js', 'page-scan.js']) expect(existsSync(join(OUT, file)), file).toBe(true);
  });

  it('asks for no Chrome-only permission and no host', () => {
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://mail.google.com/*', 'https://api.gptzero.me/*']));
  });

  it('leaves the end-to-end test bridge out of the shipped background', () => {
    expect(readFileSync(join(OUT, 'background.js'), 'utf8')).not.toContain('__assay-e2e');
  });

  it('passes web-ext lint with no errors', { timeout: LINT_TIMEOUT_MS }, () => {
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', OUT, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8', timeout: LINT_TIMEOUT_MS });
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
    const errors = report.errors.map((e: { code: string; file?: string; message: string }) => `${e.code} ${e.file ?? ''}: ${e.message}`);
    expect(errors).toEqual([]);
    // Warnings come from bundled libraries (zod's eval probe, React DOM's innerHTML); each is explained in docs/firefox.md.
    const documented = readFileSync(join(ROOT, 'docs/firefox.md'), 'utf8');
    for (const warning of report.warnings as { code: string }[]) expect(documented, `warning ${warning.code} not explained in docs/firefox.md`).toContain(warning.code);
  });
});
