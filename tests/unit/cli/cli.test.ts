import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../lib/cli/inputs';
import { EXIT } from '../../../lib/cli/exit-codes';
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
    // The first test loads the HTML reader (happy-dom) and the detector: seconds on a loaded machine.
  }, 30_000);
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
    expect(code).toBe(EXIT.UNREADABLE);
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
    // How each side was labelled, as a user reads it: shares of every label, summing to one.
    const { machineLabels, humanLabels } = report.groups[0];
    expect(Object.keys(machineLabels)).toEqual(['ai', 'mixed', 'unsure', 'human', 'unknown']);
    expect(Object.values(machineLabels as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(machineLabels.human).toBe(0);
    expect(humanLabels.ai + humanLabels.mixed).toBe(0);
    expect(err.join('')).toMatch(/:9: needs "text" and "label"/);
  });

  it('prints the label shares of each side in its table', async () => {
    const lines = [{ text: HUMAN, label: 'human' }, { text: HUMAN.replace('.', '!'), label: 'ai' }];
    const { code, out } = await run('eval', file('eval2.jsonl', lines.map((l) => JSON.stringify(l)).join('\n')));
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Likely AI +Mixed +Unsure +Likely human +Not enough text/);
    expect(text).toMatch(/all · machine +1 /);
    expect(text).toMatch(/all · human +1 /);
  });
});

describe('usage', () => {
  it('explains itself on bad arguments', async () => {
    const { code, err } = await run('scan');
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/Usage: assay/);
  });
});

describe('bad input fails loudly, with a documented exit code', () => {
  function bytesFile(name: string, bytes: Uint8Array | string): string {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }
  /** Random bytes, as a file of noise named like an image would be. */
  const noise = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);

  it.each([
    ['an empty file', () => bytesFile('empty.txt', ''), /empty\.txt is empty \(0 bytes\)/],
    ['a file of whitespace', () => bytesFile('blank.md', ' \n\n\t \n'), /has no text \(only whitespace\)/],
    ['random bytes named .jpg', () => bytesFile('noise.jpg', noise(200_000)), /noise\.jpg looks like binary data.*name ends in \.jpg, but its bytes are not an image or PDF/],
    ['a file that is not UTF-8 (Latin-1)', () => bytesFile('latin1.txt', Buffer.from('Un caf\xe9 au lait, s\'il vous pla\xeet.', 'latin1')), /latin1\.txt is not valid UTF-8 text \(byte 0xE9 at offset 6, line 1\)/],
    ['control characters without a zero byte', () => bytesFile('ctl.txt', '\x01\x02\x03\x04'.repeat(100)), /looks like binary data, not text \(400 control characters/],
    ['a .docx (a ZIP archive)', () => bytesFile('report.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')])), /report\.docx is a ZIP archive/],
    ['a font', () => bytesFile('font.woff2', 'wOF2' + 'x'.repeat(100)), /font\.woff2 is a WOFF2 font|font\.woff2 is a .*font/],
  ])('refuses %s to scan (exit 4)', async (_, make, message) => {
    const { code, out, err } = await run('scan', make(), '--json');
    expect(code).toBe(EXIT.UNUSABLE);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(message);
  });

  it('reads UTF-16 text with a byte-order mark, and UTF-8 with one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HUMAN, 'utf16le')]);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HUMAN)]);
    for (const [name, bytes] of [['u16.txt', utf16], ['u8.txt', utf8]] as const) {
      const { code, out } = await run('scan', bytesFile(name, bytes), '--json');
      expect(code, name).toBe(EXIT.OK);
      expect(JSON.parse(out.join('')).segments[0].text).toBe(HUMAN);
    }
  });

  it('says a directory is a directory (exit 3), not EISDIR', async () => {
    const { code, err } = await run('scan', dir);
    expect(code).toBe(EXIT.UNREADABLE);
    expect(err.join('')).toBe(`assay: ${dir} is a directory: give a file (or - for stdin)`);
  });

  it('fails on a missing --trust file whatever is scanned (exit 3), and on one with no certificate (exit 4)', async () => {
    const text = file('trust-me.txt', HUMAN);
    const missing = await run('scan', text, '--trust', join(dir, 'nope.pem'));
    expect(missing.code).toBe(EXIT.UNREADABLE);
    expect(missing.err.join('')).toMatch(/--trust: no such file: .*nope\.pem/);
    expect(missing.out).toEqual([]);
    const empty = await run('scan', text, '--trust', file('empty.pem', 'not a certificate'));
    expect(empty.code).toBe(EXIT.UNUSABLE);
    expect(empty.err.join('')).toMatch(/holds no PEM certificate/);
  });

  it('says --trust was not used for a text file', async () => {
    const cert = file('one.pem', `-----BEGIN CERTIFICATE-----\n${'A'.repeat(64)}\n-----END CERTIFICATE-----\n`);
    const { code, err } = await run('scan', file('plain.txt', HUMAN), '--trust', cert);
    expect(code).toBe(EXIT.OK);
    expect(err.join('')).toMatch(/--trust applies to images, PDFs, audio and video; .*plain\.txt is text, so it was not used/);
  });

  it.each([
    [['bogus'], /^assay: unknown command "bogus"\. Commands: scan, score, eval, serve, audit, bench/],
    [['frobnicate', 'x.txt'], /unknown command "frobnicate"/],
    [['scna', 'x.txt'], /unknown command "scna" \(did you mean scan\?\)/],
    [['scan'], /assay scan takes a file \(or - for stdin\)/],
    [['scan', 'a', 'b'], /assay scan takes one file at a time/],
    [['score'], /assay score takes a JSONL file/],
    [['eval'], /assay eval takes one or more JSONL files/],
    [['bench', 'x'], /assay bench takes no file/],
    [['scan', 'x', '--wat'], /unknown option --wat/],
  ])('explains %j (exit 2)', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(EXIT.USAGE);
    expect(err.join('\n')).toMatch(message);
    expect(err.join('\n')).not.toMatch(/needs other arguments/);
  });

  it('exits 4 when no line of a score file can be scored', async () => {
    const { code, out, err } = await run('score', file('bad.jsonl', ['{not json', JSON.stringify({ text: 'no id' }), '[1,2]'].join('\n')));
    expect(code).toBe(EXIT.UNUSABLE);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/no line of .*bad\.jsonl could be scored: all 3 were malformed/);
  });

  it.each([
    ['an empty file', '', /is empty \(0 bytes\)/, EXIT.UNUSABLE],
    ['blank lines only', '\n\n  \n', /has only blank lines/, EXIT.UNUSABLE],
    ['binary data', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2]), /is a ZIP archive/, EXIT.UNUSABLE],
    ['invalid UTF-8 on a later line', Buffer.concat([Buffer.from(`${JSON.stringify({ id: 'a', text: HUMAN })}\n`), Buffer.from([0xc3, 0x28, 0x0a])]), /not valid UTF-8 text \(line 2, byte \d+\)/, EXIT.UNUSABLE],
  ])('refuses %s as a score input', async (_, content, message, exit) => {
    const { code, err } = await run('score', bytesFile(`in-${exit}-${String(message).length}.jsonl`, content));
    expect(code).toBe(exit);
    expect(err.join('\n')).toMatch(message);
  });

  it('refuses a directory or a missing file as a score or eval input (exit 3)', async () => {
    for (const command of ['score', 'eval']) {
      expect((await run(command, dir)).code, command).toBe(EXIT.UNREADABLE);
      const missing = await run(command, join(dir, 'missing.jsonl'));
      expect(missing.code, command).toBe(EXIT.UNREADABLE);
      expect(missing.err.join('')).toMatch(/no such file/);
    }
  });

  it('exits 4 when no line of an eval file can be used, and says what a line must hold', async () => {
    const { code, err } = await run('eval', file('bad-eval.jsonl', [JSON.stringify({ text: 'x', label: 'maybe' }), '{oops'].join('\n')));
    expect(code).toBe(EXIT.UNUSABLE);
    expect(err.join('\n')).toMatch(/no line could be evaluated: all 2 were malformed \(each line must be \{"text": "…", "label": "human" or "ai"\}/);
  });

  it('documents every exit code in its help and in the README', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');
    const { code, out } = await run('--help');
    expect(code).toBe(EXIT.OK);
    for (const value of Object.values(EXIT)) {
      expect(out.join('\n')).toMatch(new RegExp(`\\b${value} [a-z]`));
      expect(readme).toMatch(new RegExp(`\\| ${value} \\|`));
    }
    // The eval input format is documented in both.
    expect(out.join('\n')).toMatch(/"label": "human"\|"ai"/);
    expect(readme).toMatch(/assay eval[^\n]*\n[\s\S]{0,600}"label": "human"/);
  });
});

describe('report wording', () => {
  const LONG_AI =
    "In today's fast-paced world, it is crucial to leverage comprehensive strategies. Furthermore, this holistic approach fosters innovation and ensures sustainable growth across diverse stakeholders. Additionally, it is important to note that embracing digital transformation plays a pivotal role in navigating the ever-evolving landscape of modern business.";

  it('writes probabilities with their relation, counts in the singular, and no score for an unjudged passage', async () => {
    const { out } = await run('scan', file('wording.txt', `Word\n\n${HUMAN}\n\n${LONG_AI}`));
    const report = out.join('\n');
    expect(report).not.toMatch(/p=[<>]/);
    expect(report).toMatch(/ p (=|>|<) \d\.\d\d /);
    // The counts are the report's; the passage's reason is the detector's own text.
    expect(report).toMatch(/^Passages: 3 passages, 2 judged, 1 too short or not judged · \d+ words$/m);
    const unjudged = report.split('\n').find((l) => /^\s+1\. /.test(l))!;
    expect(unjudged).toMatch(/not judged\s+Word$/);
    expect(unjudged).not.toMatch(/\bp\b/);
  });

  it('says "Not enough text" once', async () => {
    const { out } = await run('scan', file('short.txt', 'Just one line here.'));
    const verdict = out.join('\n').split('\n').find((l) => l.startsWith('Verdict:'))!;
    expect(verdict).toMatch(/^Verdict: Not enough text: /);
    expect(verdict).not.toMatch(/Not enough text.*Not enough text/);
    expect(out.join('\n')).toMatch(/1 passage, 0 judged, 1 too short or not judged · 4 words/);
  });
});
