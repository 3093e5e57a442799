import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/layers');

/** Runs the project's dependency rules (.dependency-cruiser.cjs) over a tree, as `npm test` does over the repository. */
function cruise(cwd: string, paths: string[]): { rule: string; from: string; to: string }[] {
  let out: string;
  try {
    out = execFileSync('npx', ['depcruise', ...paths, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('the layer rules', () => {
  it('report every import across a layer in a probe tree, through the @ and ~ aliases too, and nothing else', () => {
    const found = cruise(FIXTURE, ['lib', 'components']);
    expect(found).toEqual(
      expect.arrayContaining([
        { rule: 'vocabulary-imports-nothing-above', from: 'lib/schema/bad-alias.ts', to: 'lib/detect/ok-engine.ts' },
        { rule: 'cores-are-independent', from: 'lib/extract/bad-reader.ts', to: 'lib/detect/ok-engine.ts' },
        { rule: 'state-imports-below', from: 'lib/store/bad-records.ts', to: 'components/ok-panel.tsx' },
        { rule: 'ui-has-no-network-adapters', from: 'components/bad-row.tsx', to: 'lib/classify/providers/gptzero.ts' },
      ]),
    );
    expect(found).toHaveLength(4);
    expect(found.every((v) => /\/bad-[^/]+$/.test(v.from))).toBe(true);
  }, 60_000);
});
