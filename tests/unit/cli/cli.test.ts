import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../lib/cli/inputs';
import { main, parseArgs } from '../../../lib/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'assay-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const HUMAN = 'We walked the river path before the market opened and counted the herons standing in the shallows. My brother insists the old bridge was painted green once, though nobody else in the family remembers it, and the bakery on the corner had sold out of rye by nine, so we settled for whatever was still warm.';

describe('assay scan page.html --json', () => {
  it('keeps each segment’s text, text that sits directly in a container, and words around <br> apart', async () => {
    const page = file('mail.html', `<!doctype html><html lang="en"><head><title>Mail</title></head><body><div dir="ltr">Hi Jane,<div><br></div><div>${HUMAN}</div><div>It ends in the middle.<br>But the next line starts here.</div></div></body></html>`);
    const { code, out } = await run('scan', page, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out.join('')) as { segments: { id: string; text: string; label: string }[] };
    expect(report.segments.map((s) => s.text)).toEqual(['Hi Jane,', HUMAN, 'It ends in the middle. But the next line starts here.']);
    expect(report.segments.every((s) => s.id && typeof s.label === 'string')).toBe(true);
  });
});

describe('parseArgs', () => {
  it.each([
    [['scan', 'a.txt', '--json'], { command: 'scan', args: ['a.txt'], json: true, sensitivity: 'cautious' }],
    [['eval', 'a', 'b', '--sensitivity', 'balanced'], { command: 'eval', args: ['a', 'b'], json: false, sensitivity: 'balanced' }],
  ])('parses %j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
  it.each([[['--sensitivity', 'wild']], [['--nope']]])('rejects %j with a message', (argv) => {
    expect(typeof parseArgs(argv)).toBe('string');
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.html', '', 'html'],
    ['a.md', '', 'markdown'],
    ['a.txt', '<html>', 'text'],
    ['stdin', '<!DOCTYPE html><html>', 'html'],
    ['stdin', '# Title\n\ntext', 'markdown'],
    ['stdin', 'just words', 'text'],
  ])('%s with %j is %s', (name, content, format) => {
    expect(detectFormat(name, content)).toBe(format);
  });
});

describe('assay scan', () => {
  it('prints one JSON object with the verdict and every passage', async () => {
    const path = file('doc.md', `# A heading\n\n${HUMAN}\n\n- a list item`);
    const { code, out } = await run('scan', path, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ label: expect.any(String), probability: expect.any(Number), aiShare: expect.any(Number) });
    expect(report.segments).toHaveLength(3);
    for (const s of report.segments) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'text', 'start', 'end', 'label', 'probability', 'reasons']));
  });

  it('reads HTML files through the page extractor', async () => {
    const path = file('doc.html', `<html><head><title>T</title></head><body><nav>menu</nav><p>${HUMAN}</p></body></html>`);
    const report = JSON.parse((await run('scan', path, '--json')).out.join(''));
    expect(report.segments.map((s: { text: string }) => s.text)).toEqual([HUMAN]);
  });

  it('prints a readable report by default', async () => {
    const { out } = await run('scan', file('doc.txt', HUMAN));
    expect(out.join('\n')).toMatch(/Probability that this text is machine-written/);
  });

  it('fails kindly on a missing file', async () => {
    const { code, err } = await run('scan', join(dir, 'missing.txt'));
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/no such file/);
  });
});

describe('assay scan on images', () => {
  it('reports provenance for an image, by its bytes whatever its name', async () => {
    const { png, tEXt } = await import('../provenance/build');
    const path = file('looks-like-text.txt', '');
    writeFileSync(path, png(tEXt('parameters', 'Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 42')));
    const { code, out } = await run('scan', path, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report).toMatchObject({ provenance: 'ai-generated', mimeType: 'image/png', evidence: [expect.objectContaining({ source: 'png-text' })] });
  });
});

describe('assay score', () => {
  it('writes one line per good input line and reports bad lines by number', async () => {
    const path = file('in.jsonl', [JSON.stringify({ id: 'a', text: HUMAN, label: 'human' }), '{not json', JSON.stringify({ text: 'no id' }), '', JSON.stringify({ id: 7, text: 'Too short.' })].join('\n'));
    const { code, out, err } = await run('score', path);
    expect(code).toBe(0);
    const lines = out.map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(lines[1]).toMatchObject({ label: 'unknown', reason: expect.any(String), probability: expect.any(Number) });
    expect(err.join('\n')).toMatch(/line 2: not JSON/);
    expect(err.join('\n')).toMatch(/line 3: needs "id" and "text"/);
  });
});

describe('assay eval', () => {
  it('reports the metrics overall and per domain', async () => {
    const lines = [
      ...Array.from({ length: 4 }, (_, i) => ({ text: `${HUMAN} (${i})`, label: 'human', domain: 'travel' })),
      ...Array.from({ length: 4 }, (_, i) => ({ text: `In today's fast-paced world, it is crucial to leverage comprehensive strategies. Furthermore, this holistic approach fosters innovation and ensures sustainable growth across diverse stakeholders (${i}). Additionally, it is important to note that embracing digital transformation plays a pivotal role.`, label: 'ai', domain: 'travel', generator: 'x' })),
      { text: 'bad', label: 'maybe' },
    ];
    const { code, out, err } = await run('eval', file('eval.jsonl', lines.map((l) => JSON.stringify(l)).join('\n')), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    expect(report.skipped).toBe(1);
    expect(report.groups.map((g: { group: string }) => g.group)).toEqual(['all', 'travel']);
    expect(report.groups[0]).toMatchObject({ human: 4, ai: 4, auroc: expect.any(Number) });
    expect(err.join('')).toMatch(/:9: needs "text" and "label"/);
  });
});

describe('usage', () => {
  it('explains itself on bad arguments', async () => {
    const { code, err } = await run('scan');
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/Usage: assay/);
  });
});
