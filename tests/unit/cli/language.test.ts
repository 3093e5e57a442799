// @vitest-environment node
// Every line a person reads from `assay` comes from the catalogue: help, usage errors, input errors,
// progress. Checked twice: with the pseudo-locale (a word outside ⟦ ⟧ never went through t()) and
// with the real Indonesian catalogue (no English word left in what Indonesian readers see).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { main } from '../../../lib/cli/main';
import { progressLine } from '../../../lib/cli/audit/progress';
import { englishWords, pseudoIndonesian, unmarkedWords } from './language-check';

const dir = mkdtempSync(join(tmpdir(), 'assay-language-'));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: readonly string[]) {
  const lines: string[] = [];
  const code = await main(argv, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join('\n') };
}

const HUMAN = 'We walked the river path before the market opened and counted the herons standing in the shallows. My brother insists the old bridge was painted green once.';
const missing = join(dir, 'missing.txt');
const empty = file('empty.txt', '');
const blank = file('blank.txt', '   \n\n  ');
const zip = file('archive.bin', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
const nul = file('nul.txt', Uint8Array.from([0x41, 0x42, 0x00, 0x43]));
const latin1 = file('latin1.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
const fakePng = file('photo.png', Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
const blankJsonl = file('blank.jsonl', '\n\n');
const badScore = file('bad-score.jsonl', '{"text": "no id"}\n{"id": 2}\n');
const badEval = file('bad-eval.jsonl', '{"text": "no label"}\n');
const evalFile = file('eval.jsonl', `${JSON.stringify({ text: HUMAN, label: 'human', domain: 'news' })}\n${JSON.stringify({ text: HUMAN, label: 'ai', domain: 'news' })}\n`);
const notPem = file('trust.pem', 'no certificate here');
const text = file('note.txt', HUMAN);

/** Every command's help, each usage error, and a representative set of input errors. */
const CASES: [string, string[]][] = [
  ['help', ['--help']],
  ['help (command)', ['help']],
  ['no command', []],
  ['serve help', ['serve', '--help']],
  ['audit help', ['audit', '--help']],
  ['certify help', ['certify', '--help']],
  ['verify help', ['verify', '--help']],
  ['version', ['--version']],
  ['unknown command', ['frobnicate']],
  ['unknown command, near one', ['scna', 'x']],
  ['unknown option', ['scan', 'a.txt', '--nope']],
  ['bad sensitivity', ['scan', 'a.txt', '--sensitivity', 'wild']],
  ['--trust without a file', ['scan', 'a.txt', '--trust']],
  ['scan without a file', ['scan']],
  ['scan with two files', ['scan', 'a', 'b']],
  ['score without a file', ['score']],
  ['score with two files', ['score', 'a', 'b']],
  ['eval without a file', ['eval']],
  ['bench with a file', ['bench', 'x']],
  ['serve: unknown option', ['serve', '--bogus']],
  ['serve: port not a number', ['serve', '--port', 'eighty']],
  ['serve: host without a value', ['serve', '--host']],
  ['serve: --allowed-host without a name', ['serve', '--allowed-host']],
  ['serve: refused without a token', ['serve', '--host', '0.0.0.0', '--port', '0']],
  ['audit without inputs', ['audit']],
  ['audit: unknown option', ['audit', 'x', '--bogus']],
  ['audit: --workers 0', ['audit', 'x', '--workers', '0']],
  ['audit: --json without a file', ['audit', 'x', '--json']],
  ['audit: nothing found', ['audit', missing]],
  ['certify without files', ['certify']],
  ['certify from stdin', ['certify', '-', '--declare', 'none', '--name', 'A', '--key', 'k']],
  ['certify without --declare', ['certify', 'a.md', '--name', 'A', '--key', 'k']],
  ['certify: unknown use', ['certify', 'a.md', '--declare', 'magic', '--name', 'A', '--key', 'k']],
  ['certify: none with another', ['certify', 'a.md', '--declare', 'none,editing', '--name', 'A', '--key', 'k']],
  ['certify: drafting without passages', ['certify', 'a.md', '--declare', 'drafting', '--name', 'A', '--key', 'k']],
  ['certify: images without a tool', ['certify', 'a.md', '--declare', 'images', '--name', 'A', '--key', 'k']],
  ['certify: a value missing', ['certify', 'a.md', '--name']],
  ['certify: a missing file', ['certify', missing, '--declare', 'none', '--name', 'A', '--key', join(dir, 'key.json')]],
  ['verify without files', ['verify']],
  ['verify: unknown option', ['verify', 'c', 'f', '--bogus']],
  ['verify: a bad domain', ['verify', 'c', 'f', '--check-domain', '']],
  ['verify: a missing certificate', ['verify', missing, text]],
  ['missing file', ['scan', missing]],
  ['directory', ['scan', dir]],
  ['empty file', ['scan', empty]],
  ['only whitespace', ['scan', blank]],
  ['a ZIP archive', ['scan', zip]],
  ['a zero byte', ['scan', nul]],
  ['not UTF-8', ['scan', latin1]],
  ['named .png, not an image', ['scan', fakePng]],
  ['--trust without a certificate', ['scan', text, '--trust', notPem]],
  ['score: empty', ['score', empty]],
  ['score: only blank lines', ['score', blankJsonl]],
  ['score: no usable line', ['score', badScore]],
  ['score: a directory', ['score', dir]],
  ['eval: no usable line', ['eval', badEval]],
  ['eval: a table', ['eval', evalFile]],
];

afterEach(() => setLocale('en'));

describe('assay in Indonesian, through the pseudo-locale: no word outside the catalogue', () => {
  it.each(CASES)('%s', async (_, argv) => {
    const restore = pseudoIndonesian();
    try {
      const { text: output } = await run(argv);
      expect(output).toContain('⟦');
      // "news" is the domain the eval file names: the user's word.
      expect(unmarkedWords(output, [dir, 'news'])).toEqual([]);
    } finally {
      restore();
    }
  });

  it('draws the audit’s progress line from the catalogue', () => {
    const restore = pseudoIndonesian();
    try {
      const line = progressLine(3, 10, 1, 12_000);
      expect(line).toContain('⟦');
      expect(unmarkedWords(line)).toEqual([]);
    } finally {
      restore();
    }
  });

  it('says a port in use in the catalogue’s words, and does not crash', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = String((taken.address() as { port: number }).port);
    const restore = pseudoIndonesian();
    try {
      const { code, text: output } = await run(['serve', '--port', port]);
      expect(code).toBe(1);
      expect(output).toContain(port);
      expect(unmarkedWords(output)).toEqual([]);
    } finally {
      restore();
      taken.close();
    }
  });
});

describe('assay in Indonesian, with the real catalogue: no English left', () => {
  it.each(CASES)('%s', async (_, argv) => {
    setLocale('id');
    const { text: output } = await run(argv);
    expect(englishWords(output, [dir, 'news']), output).toEqual([]);
  });
});

const ROOT = join(import.meta.dirname, '../../..');

describe('longer runs in Indonesian', () => {
  it('verify: the report’s field names in Indonesian, lined up', async () => {
    const previousHome = process.env.ASSAY_HOME;
    process.env.ASSAY_HOME = join(dir, 'home');
    try {
      const report = file('report.md', readFileSync(join(ROOT, 'tests/fixtures/detect/human.txt'), 'utf8').split(/\n\s*\n/).slice(0, 3).join('\n\n'));
      const certified = await run(['certify', report, '--declare', 'research', '--name', 'Ana Lima', '--key', join(dir, 'ana.json')]);
      expect(certified.code).toBe(0);
      const certificate = certified.text.split('\n').at(-1)!;
      setLocale('id');
      const { code, text: output } = await run(['verify', certificate, report]);
      expect(code).toBe(4);
      const lines = output.split('\n');
      expect(lines[0]).toMatch(/^SAH: /);
      // The values start in one column, past the longest field name.
      for (const field of ['Penanda tangan:', 'Sidik jari:', 'Cap kunci:', 'Kunci:', 'Ditandatangani:', 'Pernyataan:']) expect(lines.find((l) => l.startsWith(field)), field).toMatch(new RegExp(`^${field} +\\S`));
      const column = (field: string) => lines.find((l) => l.startsWith(field))!.search(/(?<=: +)\S/);
      expect(new Set(['Penanda tangan:', 'Sidik jari:', 'Kunci:', 'Ditandatangani:'].map(column)).size).toBe(1);
      expect(output).toMatch(/^report\.md: tidak berubah$/m);
      expect(output).toMatch(/^ {2}pemeriksaan saat ditandatangani: .* \(p \d,\d\d\)/m);
      expect(output).toMatch(/^Pemeriksaan: .*, model .*, hati-hati$/m);
      // The engine's name is stored in the certificate as it signed; the rest is Indonesian.
      expect(englishWords(output.replace(/Assay local detector/g, ''), [dir, 'report.md'])).toEqual([]);
    } finally {
      if (previousHome === undefined) delete process.env.ASSAY_HOME;
      else process.env.ASSAY_HOME = previousHome;
    }
  }, 60_000);

  it('audit: the summary follows LANG, the reasons it stores stay English', () => {
    const folder = join(dir, 'portfolio');
    mkdirSync(join(folder, 'ana'), { recursive: true });
    writeFileSync(join(folder, 'ana/note.md'), `# Catatan\n\n${HUMAN}\n`);
    writeFileSync(join(folder, 'ana/broken.txt'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const out = join(dir, 'audit.json');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/assay.mjs'), 'audit', folder, 'gone', '--json', out], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'id_ID.UTF-8', ASSAY_CLI_SOURCES: '1', ASSAY_CACHE_DIR: join(dir, 'cache') },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^3 berkas diaudit dalam \d+,\d dtk \(kepekaan hati-hati\)\.$/m);
    expect(run.stdout).toMatch(/^Semua: 0 Kemungkinan AI, 0 Campuran, 0 Tidak yakin, 0 Kemungkinan manusia, 1 Teks tidak cukup, 2 tidak dibaca\.$/m);
    expect(run.stderr).toMatch(/^assay: tidak dibaca: gone: Tidak bisa dibaca \(no such file: gone\)$/m);
    const files = (JSON.parse(readFileSync(out, 'utf8')) as { files: { path: string; error?: string }[] }).files;
    expect(files.find((f) => f.path === 'gone')?.error).toBe('no such file: gone');
    expect(run.stderr).toMatch(/^assay: tidak dibaca: .*broken\.txt: /m);
    expect(run.stdout).not.toMatch(/\b(Audited|files|All|not read)\b/);
  }, 120_000);
});

describe('the check itself', () => {
  it('finds a hard-coded word, and passes flags, paths, placeholders and command names', () => {
    expect(unmarkedWords('assay: ⟦pesan⟧ --json /tmp/x.txt <file> hard-coded')).toEqual(['hard', 'coded']);
    expect(englishWords('berkas tidak ada: /tmp/a.txt; the file is empty')).toEqual(['the', 'file', 'is', 'empty']);
    expect(englishWords('--sensitivity menerima cautious, balanced atau sensitive; "id" ASSAY_TOKENS')).toEqual([]);
  });
});
