import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER } from '../../lib/server/config';
import { startServer, type RunningServer } from '../../lib/server/start';
import { ScanRecordSchema } from '../../lib/schema/record';
import { buildExtension, enableAssayServer, launchWithExtension, openPopup, readRecords, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

let ext: ExtensionBrowser;
let pages: FixtureServer;
let assay: RunningServer;
const standIns: Server[] = [];

/** A loopback stand-in for a misbehaving classifier. */
async function standIn(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  standIns.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const extensionPath = buildExtension();
  pages = await startFixtureServer(ROOT);
  assay = await startServer({ ...DEFAULT_SERVER, port: 0 }, { log: () => undefined });
  ext = await launchWithExtension(extensionPath);
});

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await assay?.close(1_000);
  for (const s of standIns) s.closeAllConnections(), s.close();
});

const useServer = (address: string) => enableAssayServer(ext, address, 2);

async function scanAndWaitForRemote(url: string) {
  const tabId = await tabIdOf(ext, url);
  const popup = await openPopup(ext, tabId);
  // A rescan of a page scanned before: wait for this scan's record, not the earlier one.
  const clickedAt = await ext.serviceWorker.evaluate(() => Date.now());
  await popup.getByRole('button', { name: /Scan this page|Rescan/ }).click();
  await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
  const current = async () => (await readRecords(ext)).find((r) => r.source.url === url && r.scannedAt >= clickedAt);
  await expect.poll(async () => (await current())?.remote?.providers?.length ?? 0, { timeout: 30_000 }).toBe(1);
  return { popup, record: ScanRecordSchema.parse(await current()) };
}

describe('second opinions from a remote classifier', () => {
  const url = () => `${pages.origin}/samples/deliverable.html`;

  it('asks an enabled Assay server after showing the local verdict, and combines the answers', async () => {
    await useServer(assay.url);
    const page = await ext.context.newPage();
    await page.goto(url());
    const { popup, record } = await scanAndWaitForRemote(url());
    expect(record.remote!.providers[0]).toMatchObject({ id: 'assay', ok: true });
    expect(record.remote!.localOnly).toBe(false);
    expect(record.verdict.detectors.map((d) => d.kind)).toEqual(['local', 'remote']);
    await popup.reload();
    await popup.getByTestId('opinions-fold').locator('summary').click();
    await expect(popup.getByRole('region', { name: 'Second opinions' }).textContent()).resolves.toMatch(/Assay server: .*passages sent/);
  });

  it('shows the local verdict at once and the combined one when a slow classifier answers', async () => {
    // A classifier that takes 3 s: it forwards to the real Assay server after a pause.
    const slow = await standIn((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        setTimeout(async () => {
          const answer = await fetch(`${assay.url}${req.url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
        }, 3_000);
      });
    });
    await enableAssayServer(ext, slow, 20);
    const page = await ext.context.newPage();
    const target = `${pages.origin}/samples/deliverable.html?slow`;
    await page.goto(target);
    const popup = await openPopup(ext, await tabIdOf(ext, target));
    await popup.getByRole('button', { name: 'Scan this page' }).click();
    await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
    // The local verdict is on screen while the classifier is still thinking.
    await popup.getByText('Asking second opinions…').waitFor();
    await expect(popup.getByTestId('passages-fold').textContent()).resolves.toMatch(/Detectors: Assay local detector [\d.]+Passages/);
    expect((await readRecords(ext)).find((r) => r.source.url === target)?.remote).toBeUndefined();
    // Then it updates in place, without a reload.
    await popup.getByTestId('opinions-fold').locator('summary').click({ timeout: 15_000 });
    await popup.getByRole('region', { name: 'Second opinions' }).getByText(/Assay server: .*passages sent/).waitFor({ timeout: 15_000 });
    await expect(popup.getByText('Asking second opinions…').count()).resolves.toBe(0);
    await expect(popup.getByTestId('passages-fold').textContent()).resolves.toMatch(/Detectors: Assay local detector [\d.]+, Assay server/);
    await expect(popup.getByTestId('combined').textContent()).resolves.toMatch(/^Combined with Assay server: /);
  });

  it('discards an answer in the wrong shape and keeps the local verdict, saying so', async () => {
    await useServer(await standIn((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}')));
    const { popup, record } = await scanAndWaitForRemote(url());
    expect(record.remote).toMatchObject({ localOnly: true, providers: [{ ok: false, error: expect.stringMatching(/unexpected shape/) }] });
    expect(record.verdict.detectors.map((d) => d.kind)).toEqual(['local']);
    await popup.reload();
    await expect(popup.getByTestId('combined').textContent()).resolves.toBe('Local detector alone: no second opinion could be used.');
    await popup.getByTestId('opinions-fold').locator('summary').click();
    await popup.getByText('Local verdict only: no remote classifier could be used.').waitFor();
  });

  it('gives up on a classifier that does not answer in time', async () => {
    await useServer(await standIn(() => undefined));
    const { record } = await scanAndWaitForRemote(url());
    expect(record.remote).toMatchObject({ localOnly: true, providers: [{ ok: false, error: expect.stringMatching(/No answer within 2 s/) }] });
  });
});
