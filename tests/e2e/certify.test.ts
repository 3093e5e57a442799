import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './server';
import { buildExtension, launchWithExtension, openDashboard, openPopup, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
import { REPORT } from '../unit/certify/helpers';

/**
 * Issue 12 end to end, in Chromium with the built extension: a freelancer certifies a page and a
 * dropped file; the certificates are exported; a client verifies them in a fresh profile (no network:
 * every host but loopback fails to resolve); a tampered text and a tampered certificate fail with the reason.
 */
let server: FixtureServer;
let freelancer: ExtensionBrowser;
let client: ExtensionBrowser;
const dir = mkdtempSync(join(tmpdir(), 'assay-certify-e2e-'));
const SAMPLE = readFileSync(join(ROOT, 'samples/deliverable.html'), 'utf8');
const TAMPERED_PAGE = SAMPLE.replace('mostly watching who came in', 'mostly watching who walked in');
const PASSPHRASE = 'correct horse battery staple';
const saved: Record<string, string> = {};

beforeAll(async () => {
  const extensionPath = buildExtension();
  expect(TAMPERED_PAGE).not.toBe(SAMPLE);
  server = await startFixtureServer(ROOT, { '/tampered/deliverable.html': { body: TAMPERED_PAGE, type: 'text/html; charset=utf-8' } });
  freelancer = await launchWithExtension(extensionPath);
  client = await launchWithExtension(extensionPath);
});

afterAll(async () => {
  await freelancer?.close();
  await client?.close();
  await server?.close();
});

async function scanPage(ext: ExtensionBrowser, path: string): Promise<{ popup: Page; url: string }> {
  const page = await ext.context.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url);
  const popup = await openPopup(ext, await tabIdOf(ext, url));
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
  return { popup, url };
}

/** Clicks a button that saves a file, and keeps the file's text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = await readFile((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), text };
}

async function verifyIn(dashboard: Page, files: { name: string; text: string }[]): Promise<Page> {
  await dashboard.getByLabel('Certificate and files to verify').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.text) })));
  for (const item of await dashboard.getByTestId('verify-content').all()) await expect.poll(() => item.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
  await dashboard.getByRole('button', { name: 'Verify' }).click();
  await dashboard.getByTestId('verify-result').waitFor();
  return dashboard;
}

describe('certificates end to end', () => {
  it('certifies a page from the popup: the key is made on first use with its backup saved, then the certificate', async () => {
    const { popup, url } = await scanPage(freelancer, '/samples/deliverable.html');
    const [dashboard] = await Promise.all([freelancer.context.waitForEvent('page'), popup.getByRole('button', { name: 'Certify…' }).click()]);
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toMatch(/options\.html\?certify=/);
    await dashboard.getByRole('button', { name: 'Create a signing key' }).click();
    await dashboard.getByLabel('Your name').fill('Ana Lima');
    await dashboard.getByLabel('Contact (optional)').fill('ana@example.org');
    await dashboard.getByLabel('Passphrase for the backup').fill(PASSPHRASE);
    await dashboard.getByLabel('The same passphrase again').fill(PASSPHRASE);
    const backup = await download(dashboard, () => dashboard.getByRole('button', { name: 'Create the key and save its backup' }).click());
    expect(backup.name).toMatch(/^assay-key-[a-z]+-[a-z]+-[a-z]+\.json$/);
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'assay-key', name: 'Ana Lima', private: { protection: 'passphrase', kdf: { name: 'PBKDF2', iterations: 600_000 } } });
    saved.backup = backup.text;
    const fingerprint = await dashboard.getByTestId('identity').locator('.fingerprint').textContent();

    await expect.poll(() => dashboard.getByTestId('certify-item').getAttribute('data-state')).toBe('ready');
    await dashboard.getByLabel(/AI for research/).check();
    // The sample has machine-written passages: the form says so before signing, and signs the scan with it.
    await dashboard.getByText('Your declaration and Assay’s scan disagree.').waitFor();
    const certificate = await download(dashboard, () => dashboard.getByRole('button', { name: /^Sign anyway/ }).click());
    expect(certificate.name).toMatch(/Harbour Street.*\.assay\.json$/);
    const claims = JSON.parse(certificate.text).claims;
    expect(claims.subject.documents[0].source).toEqual({ kind: 'page', url });
    expect(claims.signer).toMatchObject({ name: 'Ana Lima', contact: 'ana@example.org' });
    expect(fingerprint?.replace(/ · | /g, '-')).toBe(claims.signer.fingerprint);
    expect(claims.scan.documents[0].passages.some((p: { label: string }) => p.label === 'ai')).toBe(true);
    saved.page = certificate.text;
    const page = await download(dashboard, () => dashboard.getByRole('button', { name: /Save the certificate page/ }).click());
    expect(page.text).toMatch(/<h1>Assay certificate<\/h1>/);
    await dashboard.close();
  });

  it('certifies a dropped Markdown file, scanned by the background’s one scan service', async () => {
    const dashboard = await openDashboard(freelancer, '#/certificates');
    await dashboard.getByLabel('Files to certify').setInputFiles({ name: 'report.md', mimeType: 'text/markdown', buffer: Buffer.from(REPORT) });
    await expect.poll(() => dashboard.getByTestId('certify-item').getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    await dashboard.getByLabel(/AI for editing or polishing/).check();
    await dashboard.getByLabel('In your own words (optional)').fill('Grammar checked with an assistant.');
    const certificate = await download(dashboard, () => dashboard.getByRole('button', { name: /^Sign/ }).click());
    expect(certificate.name).toBe('report.md.assay.json');
    saved.file = certificate.text;
    // The text was scanned by the background and stored as a record like any scan.
    await dashboard.getByRole('navigation').getByRole('link', { name: /^Records/ }).click();
    await dashboard.getByTestId('record-row').filter({ hasText: 'report.md' }).waitFor();
    await dashboard.close();
  });

  it('verifies both in a fresh profile, offline: a key not seen before, then known', async () => {
    const dashboard = await openDashboard(client, '#/certificates');
    await verifyIn(dashboard, [{ name: 'report.md.assay.json', text: saved.file! }, { name: 'report.md', text: REPORT }]);
    const result = dashboard.getByTestId('verify-result');
    expect(await result.getAttribute('data-status')).toBe('unknown-key');
    await expect(result.textContent()).resolves.toMatch(/VALID: signed by Ana Lima \([a-z-]+\) on \d{4}-\d\d-\d\d; content unchanged; a key not seen before/);
    await expect(result.textContent()).resolves.toMatch(/AI for editing or polishing/);
    await dashboard.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => result.getAttribute('data-status')).toBe('valid');
    await dashboard.close();

    // The page: the client opens it, scans it, and verifies from the popup.
    const { popup } = await scanPage(client, '/samples/deliverable.html');
    const [verify] = await Promise.all([client.context.waitForEvent('page'), popup.getByRole('button', { name: 'Verify a certificate…' }).click()]);
    await verify.waitForLoadState();
    await verify.getByTestId('verify-content').first().waitFor();
    await verifyIn(verify, [{ name: 'page.assay.json', text: saved.page! }]);
    expect(await verify.getByTestId('verify-result').getAttribute('data-status')).toBe('valid');
    await expect(verify.getByTestId('verify-doc').textContent()).resolves.toMatch(/unchanged/);
    await verify.close();
  });

  it('fails with the reason when the text, the page or the certificate was tampered with', async () => {
    const dashboard = await openDashboard(client, '#/certificates');
    await verifyIn(dashboard, [{ name: 'report.md.assay.json', text: saved.file! }, { name: 'report.md', text: REPORT.replace('Nobody looked', 'Nobody glanced') }]);
    const result = dashboard.getByTestId('verify-result');
    expect(await result.getAttribute('data-status')).toBe('content-changed');
    await expect(result.textContent()).resolves.toMatch(/INVALID: the content changed since signing: report\.md: passage 2 changed/);
    await dashboard.reload();

    const forged = saved.file!.replace('"use": "editing"', '"use": "none"');
    expect(forged).not.toBe(saved.file);
    await verifyIn(dashboard, [{ name: 'forged.assay.json', text: forged }, { name: 'report.md', text: REPORT }]);
    expect(await result.getAttribute('data-status')).toBe('bad-signature');
    await expect(result.textContent()).resolves.toMatch(/INVALID: the certificate was altered after signing \(changed: the declaration\)/);
    await dashboard.reload();

    await verifyIn(dashboard, [{ name: 'cut.assay.json', text: saved.file!.slice(0, 400) }]);
    await expect(result.textContent()).resolves.toMatch(/INVALID: the certificate is cut short \(truncated\)/);
    await dashboard.close();

    const { popup } = await scanPage(client, '/tampered/deliverable.html');
    const [verify] = await Promise.all([client.context.waitForEvent('page'), popup.getByRole('button', { name: 'Verify a certificate…' }).click()]);
    await verify.waitForLoadState();
    await verify.getByTestId('verify-content').first().waitFor();
    await verifyIn(verify, [{ name: 'page.assay.json', text: saved.page! }]);
    expect(await verify.getByTestId('verify-result').getAttribute('data-status')).toBe('content-changed');
    await expect(verify.getByTestId('verify-result').textContent()).resolves.toMatch(/INVALID: the content changed since signing: .*passage 2 changed/);
    await verify.close();
  });

  it('restores the freelancer’s backup in another profile: the same key, which signs', async () => {
    const dashboard = await openDashboard(client, '#/certificates');
    await dashboard.getByRole('button', { name: 'Restore a key backup' }).click();
    const backupPath = join(dir, 'backup.json');
    writeFileSync(backupPath, saved.backup!);
    await dashboard.getByLabel('Key backup file').setInputFiles(backupPath);
    await dashboard.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase here');
    await dashboard.getByRole('button', { name: 'Restore', exact: true }).click();
    await dashboard.getByRole('alert').filter({ hasText: 'Wrong passphrase' }).waitFor();
    await dashboard.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await download(dashboard, () => dashboard.getByRole('button', { name: 'Restore', exact: true }).click());
    await expect(dashboard.getByTestId('identity').textContent()).resolves.toContain('Ana Lima');
    const words = (await dashboard.getByTestId('identity').locator('.fingerprint').textContent())?.replace(/ · | /g, '-');
    expect(words).toBe(JSON.parse(saved.backup!).fingerprint);
    // It signs here as it did there: same key, same fingerprint.
    await dashboard.getByLabel('Files to certify').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes\n\nWritten on the train home, after the meeting with Maria about the window display.\n') });
    await expect.poll(() => dashboard.getByTestId('certify-item').getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    await dashboard.getByLabel(/No AI was used/).check();
    const certificate = await download(dashboard, () => dashboard.getByRole('button', { name: /^Sign/ }).click());
    expect(JSON.parse(certificate.text).claims.signer.fingerprint).toBe(JSON.parse(saved.backup!).fingerprint);
    await dashboard.close();
  });
});
