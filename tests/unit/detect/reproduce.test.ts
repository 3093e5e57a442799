import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles, DATA_DIR, EXTRA_DATA_DIR, type Row } from '../../../scripts/detector/data';
import { dataManifest } from '../../../scripts/detector/manifest';
import { sourceFold, trainModel } from '../../../scripts/detector/train-model';
import { createDetector } from '../../../lib/detect';
import { MODEL_VERSION } from '../../../lib/detect/version';

const ROOT = resolve(import.meta.dirname, '../../..');
const shippedManifest = JSON.parse(readFileSync(join(ROOT, 'lib/detect/model-data.json'), 'utf8'));
/**
 * Full reproduction needs exactly the data the shipped model was trained on, and about half an hour of
 * training: it runs when ASSAY_REPRODUCE_TRAINING=1 is set and the data matches, and is skipped otherwise.
 */
const sameData = existsSync(DATA_DIR) && JSON.stringify(dataManifest(dataFiles())) === JSON.stringify(shippedManifest.files);

describe('the shipped parameters', () => {
  it.skipIf(!sameData || !process.env.ASSAY_REPRODUCE_TRAINING)('are exactly what `npm run train` produces from the data they record (ASSAY_REPRODUCE_TRAINING=1, and ../shared/data and ../data-extra as trained)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'assay-train-')), 'model.json');
    execFileSync('npx', ['tsx', 'scripts/train.ts'], { cwd: ROOT, env: { ...process.env, ASSAY_MODEL_OUT: out, ASSAY_DATA: DATA_DIR, ASSAY_EXTRA_DATA: EXTRA_DATA_DIR }, stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'lib/detect/model.json'), 'utf8'));
  }, 3_600_000);

  it('record their version and the data files they were trained on', () => {
    expect(shippedManifest.version).toBe(JSON.parse(readFileSync(join(ROOT, 'lib/detect/model.json'), 'utf8')).version);
    expect(MODEL_VERSION).toBe(shippedManifest.version);
    expect(shippedManifest.files.length).toBeGreaterThan(20);
    for (const entry of shippedManifest.files) expect(entry).toEqual({ file: expect.stringMatching(/\.jsonl$/), bytes: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  // The n-gram table (2 MiB of int8 as base64) and a few numbers; the budget is 10 MB, loaded once per worker.
  it('are small enough to ship in an extension', () => {
    expect(readFileSync(join(ROOT, 'lib/detect/model.json')).length).toBeLessThan(4 * 1024 * 1024);
  });
});

/** A small labelled sample built from the fixtures, so the recipe's determinism is checked on every run. */
function sampleRows(): Row[] {
  const human = readFileSync(join(ROOT, 'tests/fixtures/detect/human.txt'), 'utf8').split('\n\n');
  const machine = readFileSync(join(ROOT, 'tests/fixtures/detect/machine.txt'), 'utf8').split('\n\n');
  const rows: Row[] = [];
  // Two sources in different folds, so each fold model has the other source to learn from.
  const files = ['sample-a.jsonl', 'sample-b.jsonl'];
  expect(sourceFold(files[0]!)).not.toBe(sourceFold(files[1]!));
  for (let copy = 0; copy < 12; copy++) {
    const file = files[copy % 2]!;
    human.forEach((text, i) => rows.push({ id: `h-${copy}-${i * 12 + copy}`, text: `${text} (${copy})`, label: 'human', domain: 'sample', generator: 'human', file }));
    machine.forEach((text, i) => rows.push({ id: `m-${copy}-${i * 12 + copy}`, text: `${text} (${copy})`, label: 'ai', domain: 'sample', generator: 'sample', file }));
  }
  return rows;
}

describe('the training recipe', () => {
  it('is deterministic: the same rows give byte-identical parameters', () => {
    const rows = sampleRows();
    const first = trainModel(rows).json;
    expect(trainModel(rows).json).toBe(first);
    const detector = createDetector(JSON.parse(first));
    expect(detector.scoreText(readFileSync(join(ROOT, 'tests/fixtures/detect/machine.txt'), 'utf8')).probability).toBeGreaterThan(detector.scoreText(readFileSync(join(ROOT, 'tests/fixtures/detect/human.txt'), 'utf8')).probability);
  }, 120_000);

});
