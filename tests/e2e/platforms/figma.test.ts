import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SERVER } from '../../../lib/server/config';
import { startServer, type RunningServer } from '../../../lib/server/start';
import { ABOUT_COPY, FIGMA_KEYS, FIGMA_TOKEN, HERO_COPY } from '../../fixtures/platforms/figma/file';
import { controlsOf, enableAssayServer } from '../harness';
import { records, turnOn, usePlatformSession } from './session';

const session = usePlatformSession();
let assay: RunningServer;
beforeAll(async () => {
  assay = await startServer({ ...DEFAULT_SERVER, port: 0 }, { log: () => undefined });
});
afterAll(async () => {
  await assay?.close(1_000);
});

describe('Figma', () => {
  const fileUrl = (key: string, query = '') => `${session.platforms.origin('www.figma.com')}/design/${key}/Harbour-Street${query}`;
  const recordUrl = (key: string, query = '') => `${session.platforms.origin('www.figma.com')}/design/${key}${query}`;
  const state = async (page: Page) => (await controlsOf(page, 'assay-figma')).map((c) => [c.state, c.label ?? null])[0];
  const figmaRecord = async (url: string) => (await records(session.ext)).find((r) => r.source.url === url);
  const apiCalls = (key: string) => session.platforms.requests.filter((r) => r.startsWith(`/v1/files/${key}`));

  /** The chip opens the panel, which says what a check costs; the check runs only when asked (keyboard). */
  async function checkFile(page: Page) {
    await page.locator('assay-figma').click({ position: { x: 20, y: 10 } });
    await expect.poll(async () => (await controlsOf(page, 'assay-figma'))[0]?.open).toBe('true');
    expect(await state(page)).toEqual(['idle', null]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }

  it('reads the file through the API with the token, groups text by frame, reads image fills’ provenance, and reads an unchanged file only once', async () => {
    await turnOn(session.ext, 'figma', false, FIGMA_TOKEN);
    const page = await session.ext.context.newPage();
    await page.goto(fileUrl(FIGMA_KEYS.landing));
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 30_000 }).toEqual(['done', expect.stringMatching(/^(ai|mixed)$/)]);
    expect(apiCalls(FIGMA_KEYS.landing)).toEqual([`/v1/files/${FIGMA_KEYS.landing}/meta`, `/v1/files/${FIGMA_KEYS.landing}`, `/v1/files/${FIGMA_KEYS.landing}/images`]);
    const record = (await figmaRecord(recordUrl(FIGMA_KEYS.landing)))!;
    expect(record.source).toMatchObject({ kind: 'figma', title: 'Harbour Street — landing page' });
    expect(record.segments.find((s) => s.text === HERO_COPY)?.label).toBe('ai');
    expect(record.segments.find((s) => s.text === ABOUT_COPY)?.label).not.toBe('ai');
    // The image fill's original, fetched from Figma's image host, carries a Stable Diffusion UI's parameters.
    expect(record.images).toEqual([expect.objectContaining({ alt: 'Hero photo', provenance: expect.objectContaining({ verdict: 'ai-generated' }) })]);

    // Again, unchanged: only the version is asked, no second file read.
    await page.reload();
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    expect(apiCalls(FIGMA_KEYS.landing).filter((r) => r === `/v1/files/${FIGMA_KEYS.landing}`)).toHaveLength(1);
    expect(apiCalls(FIGMA_KEYS.landing).filter((r) => r.endsWith('/meta'))).toHaveLength(2);
    await page.close();
  });

  it('reads only the frame named by node-id', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(fileUrl(FIGMA_KEYS.landing, '?node-id=1-2&t=abc'));
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    expect(apiCalls(FIGMA_KEYS.landing)).toContain(`/v1/files/${FIGMA_KEYS.landing}/nodes?ids=1%3A2`);
    const record = (await figmaRecord(recordUrl(FIGMA_KEYS.landing, '?node-id=1-2')))!;
    expect(record.source.title).toBe('Harbour Street — landing page — Hero');
    expect(record.segments.map((s) => s.text)).toEqual(['Bread worth getting up for', HERO_COPY]);
    await page.close();
  });

  it.each([
    ['a 429 from Figma', FIGMA_KEYS.limited],
    ['an answer in the wrong shape', FIGMA_KEYS.malformed],
  ])('stops with a clear error on %s and stores nothing', async (_, key) => {
    const page = await session.ext.context.newPage();
    await page.goto(fileUrl(key));
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 30_000 }).toEqual(['error', null]);
    expect(await figmaRecord(recordUrl(key))).toBeUndefined();
    await page.close();
  });

  it(`checks a file of ${2_000} layers`, async () => {
    const page = await session.ext.context.newPage();
    await page.goto(fileUrl(FIGMA_KEYS.huge));
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 60_000 }).toEqual(['done', expect.any(String)]);
    const record = (await figmaRecord(recordUrl(FIGMA_KEYS.huge)))!;
    expect(record.segments).toHaveLength(1_800);
    await page.close();
  });

  it('a Figma file gets a second opinion from the Assay server, through the same scan service as a page', async () => {
    await enableAssayServer(session.ext, assay.url, 20);
    const page = await session.ext.context.newPage();
    await page.goto(fileUrl(FIGMA_KEYS.landing));
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 40_000 }).toEqual(['done', expect.stringMatching(/^(ai|mixed)$/)]);
    const record = (await figmaRecord(recordUrl(FIGMA_KEYS.landing)))!;
    expect(record.remote).toMatchObject({ localOnly: false, providers: [{ id: 'assay', ok: true }] });
    expect(record.verdict.detectors.map((d) => d.kind)).toEqual(['local', 'remote']);
    expect(record.segments.find((s) => s.text === HERO_COPY)?.reasons.length).toBeGreaterThan(0);
    await page.close();
  });
});
