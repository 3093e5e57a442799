import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanRecordSchema } from '../../lib/schema/record';
import { readFileSync } from 'node:fs';
import { brokenJumbfSegment, jpeg, png, tEXt } from '../unit/provenance/build';
import { buildExtension, launchWithExtension, openDashboard, openPopup, overlayOf, readRecords, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

const FIXTURES = join(ROOT, 'tests/fixtures/images');
let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  const extensionPath = buildExtension();
  const webui = png(tEXt('parameters', 'a harbour at dawn, oil painting\nSteps: 28, Sampler: DPM++ 2M, CFG scale: 6, Seed: 99, Size: 768x512'));
  server = await startFixtureServer(ROOT, { '/generated/webui.png': { body: webui, type: 'image/png' } }, { '/shared-images/': FIXTURES });
  ext = await launchWithExtension(extensionPath);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('image provenance in a scanned page', () => {
  it('reads every content image, badges those with evidence, and stores the verdicts', async () => {
    const page = await ext.context.newPage();
    const url = `${server.origin}/tests/fixtures/pages/images.html`;
    await page.goto(url);
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });

    const record = ScanRecordSchema.parse((await readRecords(ext)).find((r) => r.source.url === url));
    const byAlt = Object.fromEntries(record.images.map((i) => [i.alt, i.provenance?.verdict ?? i.error]));
    expect(byAlt).toEqual({
      'Harbour at dawn, straight off the camera': 'captured',
      'Retouched harbour frame': 'credentials-invalid',
      'Concept piece': 'ai-generated',
      'Moodboard scan': 'no-provenance',
    });
    expect(record.images.find((i) => i.alt.startsWith('Harbour'))?.provenance?.c2pa?.validation).toBe('valid-untrusted');

    // The page shows a badge on each image whose data says something; none on the plain one.
    await expect.poll(async () => (await overlayOf(page))?.imageBadges).toBe(3);

    // The popup sums the images up under the text verdict and lists each one.
    await popup.getByText(/Images: 1 of 4 AI-generated or AI-edited \(metadata\)/).waitFor();
    // The list of images is folded below the verdict (the popup fits 600 px): open it.
    await popup.getByTestId('images-fold').locator('summary').click();
    await popup.getByRole('region', { name: 'Images' }).getByText('Credentials invalid', { exact: true }).waitFor();
    await popup.screenshot({ path: join(ROOT, 'test-results/images-popup.png'), fullPage: true });
  });

  it('reads images dropped into the dashboard, and its worker survives malformed files', async () => {
    const dashboard = await openDashboard(ext, '#/images');
    const broken = jpeg(brokenJumbfSegment());
    const webui = png(tEXt('parameters', 'Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 5'));
    await dashboard.getByLabel('Images to check').setInputFiles([
      { name: 'broken-credentials.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(broken) },
      { name: 'truncated.png', mimeType: 'image/png', buffer: Buffer.from(webui.subarray(0, webui.length - 30)) },
      { name: 'lies-about-its-type.pdf', mimeType: 'application/pdf', buffer: Buffer.from(webui) },
      { name: 'C_with_CAWG_data.jpg', mimeType: 'image/jpeg', buffer: readFileSync(join(FIXTURES, 'C_with_CAWG_data.jpg')) },
      { name: 'adobe.pdf', mimeType: 'application/pdf', buffer: readFileSync(join(FIXTURES, 'adobe-20240110-single_manifest_store.pdf')) },
    ]);
    const rows = dashboard.getByTestId('checked-image');
    await expect.poll(async () => (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-verdict')))).join(','), { timeout: 30_000 }).toBe(
      ['credentials-invalid', 'ai-generated', 'ai-generated', 'captured', 'ai-generated'].join(','),
    );
    await expect(rows.filter({ hasText: 'truncated.png' }).textContent()).resolves.toMatch(/truncated/);
    await dashboard.close();
  });

  it('keeps scanning when an image cannot be fetched, saying why', async () => {
    const page = await ext.context.newPage();
    await page.setContent('<p>placeholder</p>');
    const url = `${server.origin}/tests/fixtures/pages/images.html?broken`;
    await page.goto(url);
    // One image now points at a missing file.
    await page.evaluate(() => {
      const img = document.images[0]!;
      img.src = '/shared-images/missing.jpg';
      img.width = 300;
      img.height = 200;
    });
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
    const record = (await readRecords(ext)).find((r) => r.source.url === url);
    const missing = record.images.find((i: { url: string }) => i.url.endsWith('missing.jpg'));
    expect(missing.provenance).toBeNull();
    expect(missing.error).toMatch(/404/);
    expect(record.images.filter((i: { provenance: unknown }) => i.provenance).length).toBeGreaterThanOrEqual(3);
  });
});
