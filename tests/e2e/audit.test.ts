import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseAuditExport } from '../../lib/audit/report/export';
import { buildDocx, buildEml, buildPdf, buildZip, buildZipBomb } from '../files/build';
import { png, tEXt } from '../unit/provenance/build';
import { buildExtension, launchWithExtension, openDashboard, ROOT, type ExtensionBrowser } from './harness';

const human = readFileSync(join(ROOT, 'tests/fixtures/detect/human.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const machine = readFileSync(join(ROOT, 'tests/fixtures/detect/machine.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const work = mkdtempSync(join(tmpdir(), 'assay-e2e-audit-'));
const portfolio = join(work, 'portfolio');
let ext: ExtensionBrowser;
let server: Server;
let site = '';

beforeAll(async () => {
  const extensionPath = buildExtension();
  for (const d of ['alice', 'bob', 'carol']) mkdirSync(join(portfolio, d), { recursive: true });
  writeFileSync(join(portfolio, 'alice/essay.docx'), await buildDocx(machine, { author: 'Template Author' }));
  writeFileSync(join(portfolio, 'alice/notes.md'), `# Notes\n\n${human.join('\n\n')}`);
  writeFileSync(join(portfolio, 'bob/brief.pdf'), await buildPdf(human));
  writeFileSync(join(portfolio, 'bob/locked.pdf'), await buildPdf(human, { userPassword: 'pw' }));
  writeFileSync(join(portfolio, 'bob/bomb.zip'), buildZipBomb(20));
  writeFileSync(join(portfolio, 'bob/empty.txt'), '');
  writeFileSync(join(portfolio, 'bob/cover.png'), png(tEXt('parameters', 'a cat, Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Model: sd_xl_base')));
  writeFileSync(join(portfolio, 'bob/mail.eml'), await buildEml({ from: 'Bob Stone <bob@example.com>', subject: 'Final copy', text: machine.join('\n\n'), attachments: [{ filename: 'draft.docx', content: await buildDocx(human) }] }));
  writeFileSync(join(portfolio, 'carol/archive.zip'), buildZip({ 'v1/a.md': new TextEncoder().encode(`# A\n\n${human.join('\n\n')}`) }));
  server = createServer((req, res) => {
    if (req.url === '/post') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html><head><title>Client blog</title></head><body><article>${machine.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  ext = await launchWithExtension(extensionPath);
}, 180_000);

afterAll(async () => {
  await ext?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

const row = (page: Page, path: string) => page.locator(`[data-testid="audit-row"][data-path="${path}"]`);
/** The audit is done and the table, reloaded from IndexedDB after the last file was stored, shows no file waiting. */
async function finished(page: Page) {
  await page.locator('[data-testid="audit-progress"][data-state="done"]').waitFor({ timeout: 120_000 });
  await settled(page);
}
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length > 0 && document.querySelectorAll('[data-testid="audit-row"][data-verdict="pending"]').length === 0, undefined, { timeout: 30_000 });

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('portfolio audit in the dashboard', () => {
  it('audits a dropped folder and a page address: the table, groups, unreadable files, a file’s passages; then re-audits and shows what changed; exports the report', async () => {
    const page = await openDashboard(ext, '#/audit');
    await page.getByLabel('Folder to audit').setInputFiles(portfolio);
    await page.getByLabel(/Page addresses/).fill(`${site}/post\n${site}/missing`);
    await page.getByRole('button', { name: /Start audit of 11 items/ }).click();
    await finished(page);

    const verdicts = await page.locator('[data-testid="audit-row"]').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-path'), r.getAttribute('data-verdict')])));
    expect(Object.keys(verdicts).sort()).toEqual(
      [
        'portfolio/alice/essay.docx', 'portfolio/alice/notes.md', 'portfolio/bob/brief.pdf', 'portfolio/bob/locked.pdf', 'portfolio/bob/bomb.zip', 'portfolio/bob/empty.txt', 'portfolio/bob/cover.png',
        'portfolio/bob/mail.eml', 'portfolio/bob/mail.eml/draft.docx', 'portfolio/carol/archive.zip', 'portfolio/carol/archive.zip/v1/a.md', `${site}/post`, `${site}/missing`,
      ].sort(),
    );
    for (const path of ['portfolio/bob/locked.pdf', 'portfolio/bob/bomb.zip', 'portfolio/bob/empty.txt', `${site}/missing`]) expect(verdicts[path], path).toBe('not-read');
    for (const path of ['portfolio/alice/essay.docx', 'portfolio/alice/notes.md', 'portfolio/bob/brief.pdf', 'portfolio/bob/mail.eml', `${site}/post`]) expect(verdicts[path], path).toMatch(/^(ai|mixed|unsure|human)$/);
    await expect(row(page, 'portfolio/bob/locked.pdf').textContent()).resolves.toContain('Not read: Encrypted');
    await expect(row(page, 'portfolio/bob/bomb.zip').textContent()).resolves.toContain('Zip bomb');
    await expect(row(page, 'portfolio/bob/cover.png').textContent()).resolves.toContain('AI-generated');
    await expect(row(page, 'portfolio/bob/brief.pdf').textContent()).resolves.toContain('No certificate');
    // Grouped by the folder of each freelancer, and by the site of an address.
    const groups = await page.locator('[data-testid="audit-group"]').evaluateAll((g) => g.map((x) => x.getAttribute('data-group')));
    expect(groups.sort(), JSON.stringify(verdicts)).toEqual(['127.0.0.1', 'alice', 'bob', 'carol']);
    await expect(page.locator('[data-group="bob"] th').textContent()).resolves.toMatch(/bob — 7 files/);

    // A file's detail lists its passages.
    await row(page, 'portfolio/alice/essay.docx').getByRole('button', { name: 'portfolio/alice/essay.docx' }).click();
    const detail = page.getByRole('region', { name: 'File detail' });
    await detail.getByText(`All passages (${machine.length})`).waitFor();
    await detail.getByText(machine[0]!.slice(0, 60)).last().waitFor();

    // The freelancer can be renamed; the filter then finds the file under the new name.
    await row(page, 'portfolio/alice/notes.md').locator('.group-edit').click();
    const input = page.getByLabel('Freelancer or project of portfolio/alice/notes.md');
    await input.fill('Alice Ng');
    await input.press('Enter');
    await page.locator('[data-testid="audit-group"][data-group="Alice Ng"]').waitFor();

    // Re-audit after the freelancers changed things: one file edited, one added, one removed.
    writeFileSync(join(portfolio, 'alice/notes.md'), `# Notes\n\n${machine.join('\n\n')}`);
    writeFileSync(join(portfolio, 'carol/new.md'), `# New\n\n${human.slice(0, 3).join('\n\n')}`);
    rmSync(join(portfolio, 'bob/empty.txt'));
    await page.getByLabel('Folder to audit').setInputFiles(portfolio);
    await page.getByRole('button', { name: /Start audit of 9 items/ }).click();
    await finished(page);
    const diff = page.getByTestId('audit-diff');
    await diff.waitFor();
    await expect(diff.textContent()).resolves.toMatch(/1 new, 1 changed, 9 unchanged, 3 removed/);
    await expect(row(page, 'portfolio/alice/notes.md').getAttribute('data-change')).resolves.toBe('changed');
    await expect(row(page, 'portfolio/carol/new.md').getAttribute('data-change')).resolves.toBe('new');
    await expect(row(page, 'portfolio/bob/brief.pdf').getAttribute('data-change')).resolves.toBe('unchanged');
    // The user's name for the freelancer is kept for the same file in the new audit.
    await expect(row(page, 'portfolio/alice/notes.md').locator('.group-edit').textContent()).resolves.toBe('Alice Ng');

    // Exports: the HTML report (self-contained, with the chart, the method, what changed) and JSON.
    const html = await download(page, 'Audit report (HTML)');
    expect(html).toContain('<svg');
    expect(html).toContain('A verdict is evidence, not proof');
    expect(html).toContain('Since the last audit');
    expect(html).toContain('portfolio/bob/locked.pdf');
    expect(html).not.toMatch(/<script/i);
    const json = parseAuditExport(await download(page, 'Export audit JSON'));
    expect(json.files.find((f) => f.path === 'portfolio/alice/notes.md')).toMatchObject({ change: 'changed', group: 'Alice Ng' });
    expect(json.removed?.map((r) => r.path).sort()).toEqual([`${site}/missing`, `${site}/post`, 'portfolio/bob/empty.txt'].sort());
    await page.screenshot({ path: join(ROOT, 'test-results/audit-dashboard.png'), fullPage: true });
    await page.close();
  }, 300_000);

  it('resumes an audit after the dashboard is closed and reopened, without reading finished files again', async () => {
    const many = join(work, 'many');
    mkdirSync(join(many, 'dana'), { recursive: true });
    for (let i = 0; i < 60; i++) writeFileSync(join(many, 'dana', `f${String(i).padStart(2, '0')}.md`), `# File ${i}\n\n${(i % 2 ? human : machine).join('\n\n')}`);
    let page = await openDashboard(ext, '#/audit');
    await page.getByLabel('Folder to audit').setInputFiles(many);
    await page.getByRole('button', { name: /Start audit of 60 items/ }).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="audit-progress"] [role="progressbar"]')?.getAttribute('aria-valuenow') ?? 0) >= 3, undefined, { timeout: 120_000 });
    await page.close();

    page = await openDashboard(ext, '#/audit');
    const banner = page.getByText(/This audit was interrupted/);
    await banner.waitFor();
    const doneBefore = Number(/: (\d+) of 60 files read/.exec((await banner.textContent()) ?? '')?.[1]);
    expect(doneBefore).toBeGreaterThanOrEqual(3);
    expect(doneBefore).toBeLessThan(60);
    await page.getByRole('button', { name: 'Resume' }).click();
    await finished(page);
    await expect(page.getByTestId('audit-progress').textContent()).resolves.toMatch(/Done: 60 of 60 files/);
    // The table shows the files in pages: every page's rows together are the 60 files.
    const verdictsShown = async () => {
      await settled(page);
      return page.locator('[data-testid="audit-row"]').evaluateAll((r) => r.map((x) => x.getAttribute('data-verdict')));
    };
    const first = /^Files 1–(\d+) of 60$/.exec((await page.getByTestId('audit-page').textContent()) ?? '');
    expect(first).not.toBeNull();
    const rows = await verdictsShown();
    expect(rows).toHaveLength(Number(first![1]));
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByTestId('audit-page').getByText(`Files ${Number(first![1]) + 1}–60 of 60`).waitFor();
    rows.push(...(await verdictsShown()));
    expect(rows).toHaveLength(60);
    expect(rows.filter((v) => v === 'pending' || v === 'not-read')).toEqual([]);
    await page.close();
  }, 300_000);
});
