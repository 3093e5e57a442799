import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER } from '../../lib/server/config';
import { startServer, type RunningServer } from '../../lib/server/start';
import { ProvenanceRecordSchema } from '../../lib/store/schema';
import { buildExtension, launchWithExtension, openDashboard, openPopup, readRecords, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
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

async function useServer(address: string) {
  const dashboard = await openDashboard(ext);
  const row = dashboard.locator('[data-provider="assay"]');
  await row.getByLabel('Server address').fill(address);
  await row.getByLabel('Server address').blur();
  const toggle = row.getByLabel('Use Assay server');
  if (!(await toggle.isChecked())) {
    await toggle.check({ force: true }).catch(() => undefined);
    await row.getByRole('dialog').getByText(/Nothing else leaves this computer/).waitFor();
    await row.getByRole('button', { name: 'Send passages to Assay server' }).click();
  }
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await dashboard.getByLabel('Give up on a second opinion after').fill('2');
  await dashboard.close();
}

async function scanAndWaitForRemote(url: string) {
  const tabId = await tabIdOf(ext, url);
  const popup = await openPopup(ext, tabId);
  await popup.getByRole('button', { name: /Scan this page|Rescan/ }).click();
  await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
  await expect.poll(async () => (await readRecords(ext)).find((r) => r.source.url === url)?.remote?.providers?.length ?? 0, { timeout: 30_000 }).toBe(1);
  return { popup, record: ProvenanceRecordSchema.parse((await readRecords(ext)).find((r) => r.source.url === url)) };
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
    await expect(popup.getByRole('region', { name: 'Second opinions' }).textContent()).resolves.toMatch(/Assay server: .*passages sent/);
  });

  it('discards an answer in the wrong shape and keeps the local verdict, saying so', async () => {
    await useServer(await standIn((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}')));
    const { popup, record } = await scanAndWaitForRemote(url());
    expect(record.remote).toMatchObject({ localOnly: true, providers: [{ ok: false, error: expect.stringMatching(/unexpected shape/) }] });
    expect(record.verdict.detectors.map((d) => d.kind)).toEqual(['local']);
    await popup.reload();
    await expect(popup.getByText('Local verdict only: no remote classifier could be used.').isVisible()).resolves.toBe(true);
  });

  it('gives up on a classifier that does not answer in time', async () => {
    await useServer(await standIn(() => undefined));
    const { record } = await scanAndWaitForRemote(url());
    expect(record.remote).toMatchObject({ localOnly: true, providers: [{ ok: false, error: expect.stringMatching(/No answer within 2 s/) }] });
  });
});
