import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = resolve(process.env.ASSAY_DATA ?? join(ROOT, '../shared/data'));

describe('the shipped parameters', () => {
  it.skipIf(!existsSync(DATA))('are exactly what `npm run train` produces from the data', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'assay-train-')), 'model.json');
    execFileSync('npx', ['tsx', 'scripts/train.ts'], { cwd: ROOT, env: { ...process.env, ASSAY_MODEL_OUT: out, ASSAY_DATA: DATA }, stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'lib/detect/model.json'), 'utf8'));
  }, 180_000);

  // Half a megabyte: the two int8 tables as base64 and a few numbers; small beside the 9 MB C2PA reader,
  // and loaded once per worker.
  it('are small enough to ship in an extension', () => {
    expect(readFileSync(join(ROOT, 'lib/detect/model.json')).length).toBeLessThan(512 * 1024);
  });
});
