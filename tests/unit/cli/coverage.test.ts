import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { MAX_DELIVERABLE_CHARS } from '../../../lib/schema/deliverable';

const HUMAN = 'We walked the river path before the market opened and counted the herons standing in the shallows. My brother insists the old bridge was painted green once, though nobody else in the family remembers it.';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

describe('assay scan on a text longer than a deliverable is judged', () => {
  it('judges the first part, says how much was left out, and never calls it Likely human', async () => {
    const paragraphs = Array.from({ length: Math.ceil((MAX_DELIVERABLE_CHARS * 1.2) / HUMAN.length) }, (_, i) => `${HUMAN} (${i})`);
    const path = join(mkdtempSync(join(tmpdir(), 'assay-long-')), 'long.txt');
    writeFileSync(path, paragraphs.join('\n\n'));
    const { code, out } = await run('scan', path, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report.omitted.passages).toBeGreaterThan(0);
    expect(report.omitted.chars).toBeGreaterThan(MAX_DELIVERABLE_CHARS * 0.15);
    expect(report.passages + report.omitted.passages).toBe(paragraphs.length);
    expect(report.label).not.toBe('human');
    const text = (await run('scan', path)).out.join('\n');
    expect(text).toMatch(/Not judged: [\d,]+ passages \(about [\d,]+ characters\) after the first 2,000,000 characters/);
  }, 120_000);
});
