// @vitest-environment node
// `assay audit` as users run it: a child process with its worker threads, real files written by the
// libraries that write them, a page on a loopback server, a kill half-way and a resume.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuditArgs } from '../../../lib/cli/audit/args';
import { progressLine } from '../../../lib/cli/audit/progress';
import { parseAuditExport } from '../../../lib/audit/report/export';
import { AUDIT_CSV_COLUMNS } from '../../../lib/audit/report/export';
import { buildDocx, buildEml, buildPdf, buildZip, buildZipBomb } from '../../files/build';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/assay.mjs');
const human = readFileSync(join(ROOT, 'tests/fixtures/detect/human.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const machine = readFileSync(join(ROOT, 'tests/fixtures/detect/machine.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const work = mkdtempSync(join(tmpdir(), 'assay-audit-'));
const cache = join(work, 'cache');
// The sources, not the bundle: tests/unit/cli/bin.test.ts rebuilds the bundle while other files run.
// English whatever this machine's language (LC_ALL wins over LANG): the words checked below are English.
const ENV = { ...process.env, LC_ALL: 'en_US.UTF-8', ASSAY_CLI_SOURCES: '1', ASSAY_CACHE_DIR: cache };

/** Runs `assay audit` without blocking this process: the loopback server here must answer its fetches. */
function assay(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'audit', ...args], { cwd: work, env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/post') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>Blog post</title></head><body><article>${human.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const pf = join(work, 'portfolio');
  for (const d of ['alice', 'bob', 'carol']) mkdirSync(join(pf, d), { recursive: true });
  writeFileSync(join(pf, 'alice/essay.docx'), await buildDocx(machine, { author: 'A. Template' }));
  writeFileSync(join(pf, 'alice/notes.md'), `# Notes\n\n${human.join('\n\n')}`);
  writeFileSync(join(pf, 'bob/brief.pdf'), await buildPdf(human));
  writeFileSync(join(pf, 'bob/locked.pdf'), await buildPdf(human, { userPassword: 'pw' }));
  writeFileSync(join(pf, 'bob/cut.pdf'), (await buildPdf(human)).subarray(0, 400));
  writeFileSync(join(pf, 'bob/cut.docx'), (await buildDocx(human)).subarray(0, 900));
  writeFileSync(join(pf, 'bob/bomb.zip'), buildZipBomb(20));
  writeFileSync(join(pf, 'bob/empty.txt'), '');
  writeFileSync(join(pf, 'bob/data.bin'), new Uint8Array([0, 1, 2, 3, 0, 9, 8]));
  // 200 MB without writing them: a sparse file. It is refused by its size, never loaded.
  writeFileSync(join(pf, 'bob/huge.pdf'), '');
  truncateSync(join(pf, 'bob/huge.pdf'), 200 * 1024 * 1024);
  writeFileSync(join(pf, 'carol/mail.eml'), await buildEml({ from: 'Carol Diaz <carol@example.com>', subject: 'Final', text: machine.join('\n\n'), attachments: [{ filename: 'draft.docx', content: await buildDocx(human) }] }));
  writeFileSync(join(pf, 'carol/archive.zip'), buildZip({ 'v1/a.md': new TextEncoder().encode(`# A\n\n${human.join('\n\n')}`) }));
  writeFileSync(join(work, 'urls.txt'), `# pages to check\n${base}/post\n${base}/missing\n`);
}, 120_000);

afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('assay audit', () => {
  it('audits folders, a list of addresses and a missing path: every input listed by path with its label id or its error, a line per unreadable file, exit 0', async () => {
    const run = await assay(['portfolio', 'urls.txt', 'nowhere/gone.docx', '--json', 'a.json', '--csv', 'a.csv', '--report', 'a.html']);
    expect(run.status, run.stderr).toBe(0);
    const data = parseAuditExport(readFileSync(join(work, 'a.json'), 'utf8'));
    const byPath = Object.fromEntries(data.files.map((f) => [f.path, f]));
    const verdictOrError = (path: string) => byPath[path]?.label ?? byPath[path]?.problem;
    const LABEL = /^(ai|mixed|unsure|human|unknown)$/;
    for (const path of ['portfolio/alice/essay.docx', 'portfolio/alice/notes.md', 'portfolio/bob/brief.pdf', 'portfolio/carol/mail.eml', 'portfolio/carol/mail.eml/draft.docx', 'portfolio/carol/archive.zip/v1/a.md', `${base}/post`])
      expect(verdictOrError(path), path).toMatch(LABEL);
    expect(Object.fromEntries(['locked.pdf', 'cut.pdf', 'cut.docx', 'bomb.zip', 'empty.txt', 'data.bin', 'huge.pdf'].map((f) => [f, verdictOrError(`portfolio/bob/${f}`)]))).toEqual({
      'locked.pdf': 'encrypted',
      'cut.pdf': 'corrupt',
      'cut.docx': 'corrupt',
      'bomb.zip': 'zip-bomb',
      'empty.txt': 'empty',
      'data.bin': 'unknown-type',
      'huge.pdf': 'too-large',
    });
    expect(verdictOrError(`${base}/missing`)).toBe('fetch-failed');
    expect(verdictOrError('nowhere/gone.docx')).toBe('unreadable');
    // One clear line per file that has no verdict, and no progress bar when stderr is not a terminal.
    const lines = run.stderr.trim().split('\n').filter((l) => l.startsWith('assay: not read: '));
    expect(lines, run.stderr).toHaveLength(9);
    expect(run.stderr).toContain('portfolio/bob/huge.pdf: Too large (portfolio/bob/huge.pdf is 200 MB, over the 50 MB limit');
    expect(run.stderr).not.toContain('\r');
    // Groups: folders below the portfolio, the site of an address.
    expect(byPath['portfolio/alice/essay.docx']).toMatchObject({ group: 'alice', groupSource: 'folder', meta: { author: 'A. Template' } });
    expect(byPath['portfolio/carol/mail.eml/draft.docx']).toMatchObject({ group: 'carol' });
    expect(byPath[`${base}/post`]).toMatchObject({ group: '127.0.0.1', format: 'html', meta: { title: 'Blog post' } });
    expect(run.stdout).toMatch(/^Audited \d+ files in/);
    expect(run.stdout).toContain('alice: 2 files');
    // The CSV has a row per file; the report is written.
    expect(readFileSync(join(work, 'a.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1 + data.files.length);
    expect(readFileSync(join(work, 'a.csv'), 'utf8').startsWith(AUDIT_CSV_COLUMNS.join(','))).toBe(true);
    const html = readFileSync(join(work, 'a.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('portfolio/bob/locked.pdf');
    // The journal is gone once the audit is complete.
    expect(existsSync(join(cache, 'audits')) ? readdirSync(join(cache, 'audits')) : []).toEqual([]);
  }, 300_000);

  it('says what changed --since the last audit: new, changed, unchanged, removed and verdict changes', async () => {
    const dir = join(work, 'since');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'keep.md'), human.join('\n\n'));
    writeFileSync(join(dir, 'edit.md'), human.join('\n\n'));
    writeFileSync(join(dir, 'gone.md'), human.join('\n\n'));
    expect((await assay(['since', '--json', 'first.json'])).status).toBe(0);
    writeFileSync(join(dir, 'edit.md'), machine.join('\n\n'));
    rmSync(join(dir, 'gone.md'));
    writeFileSync(join(dir, 'new.md'), human.slice(0, 2).join('\n\n'));
    const run = await assay(['since', '--since', 'first.json', '--json', 'second.json']);
    expect(run.status, run.stderr).toBe(0);
    const data = parseAuditExport(readFileSync(join(work, 'second.json'), 'utf8'));
    expect(Object.fromEntries(data.files.map((f) => [f.path, f.change]))).toEqual({ 'since/edit.md': 'changed', 'since/keep.md': 'unchanged', 'since/new.md': 'new' });
    expect(data.removed?.map((r) => r.path)).toEqual(['since/gone.md']);
    const edit = data.files.find((f) => f.path === 'since/edit.md')!;
    if (edit.label !== 'unsure') expect(edit.previousLabel).toBeDefined();
    expect(run.stdout).toMatch(/Since the last audit: 1 new, 1 changed, 1 unchanged, 1 removed/);
    expect((await assay(['since', '--since', 'nothing.json'])).status).toBe(3);
  }, 300_000);

  it('resumes after being killed half-way without reading the finished files again', async () => {
    const dir = join(work, 'many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `f${String(i).padStart(2, '0')}.md`), `# File ${i}\n\n${(i % 2 ? human : machine).join('\n\n')}\n\nNumber ${i}.`);
    const journal = join(work, 'many.jsonl');
    const child = spawn(process.execPath, [BIN, 'audit', 'many', '--workers', '1', '--journal', journal, '--json', 'many.json'], { cwd: work, env: ENV, stdio: 'ignore' });
    // Kill it once some files are finished, well before all are.
    const deadline = Date.now() + 200_000;
    while (Date.now() < deadline) {
      if (existsSync(journal) && readFileSync(journal, 'utf8').split('\n').filter(Boolean).length >= 5) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const finished = readFileSync(journal, 'utf8').split('\n').filter(Boolean).flatMap((l) => {
      try {
        return [JSON.parse(l) as { path: string; items: { durationMs: number }[] }];
      } catch {
        return [];
      }
    });
    expect(finished.length).toBeGreaterThanOrEqual(5);
    expect(finished.length).toBeLessThan(40);
    expect(existsSync(join(work, 'many.json'))).toBe(false);

    const run = await assay(['many', '--workers', '1', '--journal', journal, '--json', 'many.json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`resuming an interrupted audit: ${finished.length} of 40 files already done`);
    const data = parseAuditExport(readFileSync(join(work, 'many.json'), 'utf8'));
    expect(data.files).toHaveLength(40);
    // A finished file's item is the one from before the kill, to the fraction of a millisecond it took: not read again.
    for (const line of finished) expect(data.files.find((f) => f.path === line.path)!.durationMs).toBe(line.items[0]!.durationMs);
    expect(existsSync(journal)).toBe(false);
  }, 400_000);

  it('parses its command line and draws its progress line', { timeout: 60_000 }, async () => {
    expect(parseAuditArgs(['a', 'b', '--json', 'o.json', '--since', 'p.json', '--workers', '3'])).toMatchObject({ inputs: ['a', 'b'], json: 'o.json', since: 'p.json', workers: 3 });
    expect(parseAuditArgs([])).toMatch(/takes one or more/);
    expect(parseAuditArgs(['a', '--json'])).toMatch(/--json takes a file name/);
    expect(parseAuditArgs(['a', '--bogus'])).toMatch(/unknown option --bogus/);
    expect(progressLine(25, 100, 2, 30_000, 20)).toBe('[#####...............] 25/100 files · 2 not read · 0:30 · about 90 s left');
    expect((await assay([])).status).toBe(2);
  });
});
