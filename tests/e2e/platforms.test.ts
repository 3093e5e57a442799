import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ProvenanceRecordSchema } from '../../lib/store/schema';
import { buildExtension, launchWithExtension, openDashboard, readRecords, ROOT, type ExtensionBrowser } from './harness';
import { startPlatformServer, type PlatformServer } from './platform-server';
import { DOC_IDS, HUMAN, MACHINE, REVISIONS, SECOND_TAB, TITLE } from '../fixtures/platforms/docs/document';
import { ABOUT_COPY, FIGMA_KEYS, FIGMA_TOKEN, HERO_COPY } from '../fixtures/platforms/figma/file';

let ext: ExtensionBrowser;
let platforms: PlatformServer;

beforeAll(async () => {
  const extensionPath = buildExtension();
  platforms = await startPlatformServer(ROOT);
  ext = await launchWithExtension(extensionPath, platforms.chromiumArgs, platforms.hostMap);
});

afterAll(async () => {
  await ext?.close();
  await platforms?.close();
});

const THREAD = '#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH';

/** Turns a platform on in the dashboard, as a user does, optionally with automatic checks. */
async function turnOn(id: 'docs' | 'figma' | 'gmail' | 'outlook', autoScan: boolean, token?: string) {
  const dashboard = await openDashboard(ext);
  const row = dashboard.locator(`[data-platform="${id}"]`);
  if (token) {
    await row.getByLabel('Figma personal access token').fill(token);
    await row.getByLabel('Figma personal access token').blur();
  }
  // The switches are saved settings, not plain form state: click, then wait for the saved value.
  const main = row.getByRole('checkbox', { name: /^Check (messages|documents|files) in/ });
  await main.click();
  await expect.poll(() => main.isChecked()).toBe(true);
  const auto = row.getByRole('checkbox', { name: /^Check each (message|document|file) as I open it/ });
  if ((await auto.isChecked()) !== autoScan) await auto.click();
  await expect.poll(() => auto.isChecked()).toBe(autoScan);
  // The background registers the platform's content script once the setting lands.
  await expect
    .poll(() => ext.serviceWorker.evaluate(async (sid) => (await chrome.scripting.getRegisteredContentScripts()).some((s) => s.id === sid), `assay-${id}`))
    .toBe(true);
  await dashboard.close();
}

const chipStates = (page: Page) => page.locator('assay-chip').evaluateAll((chips) => chips.map((c) => [(c as HTMLElement).dataset.state, (c as HTMLElement).dataset.label ?? null]));

describe('platforms', () => {
  it('runs nothing on Gmail until the user turns Gmail on', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
    await page.waitForTimeout(1_000);
    await expect(page.locator('assay-chip').count()).resolves.toBe(0);
    await page.close();
  });

  it('Gmail: a chip per open message; one click checks that message alone, quotes and signature left out', async () => {
    await turnOn('gmail', false);
    const page = await ext.context.newPage();
    const url = `${platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`;
    await page.goto(url);
    await expect.poll(() => chipStates(page)).toEqual([['idle', null], ['idle', null]]);
    // The chip sits beside the message's header line.
    await expect(page.locator('div[data-message-id] assay-chip + .gE').count()).resolves.toBe(2);

    await page.locator('assay-chip').nth(1).click();
    await expect.poll(() => chipStates(page), { timeout: 30_000 }).toEqual([['idle', null], ['done', expect.stringMatching(/^(ai|mixed)$/)]]);
    const records = (await readRecords(ext)).map((r) => ProvenanceRecordSchema.parse(r));
    expect(records).toHaveLength(1);
    const reply = records[0]!;
    expect(reply.source).toMatchObject({ kind: 'gmail', title: 'Homepage copy for Alder & Finch — Sam Reyes', thread: url });
    expect(reply.source.url).toMatch(/\/mail\/u\/0\/#all\/18d5a1b2c3d4e5f7$/);
    const texts = reply.segments.map((s) => s.text).join(' ');
    expect(texts).toMatch(/fast-paced/);
    expect(texts).not.toMatch(/linseed|wrote:|Copywriter/);
    // Its flagged paragraphs are highlighted in the page's overlay.
    await expect.poll(() => page.locator('assay-overlay').getAttribute('data-highlights')).toBe(String(reply.segments.filter((s) => s.label === 'ai').length));
    expect(reply.segments.some((s) => s.label === 'ai')).toBe(true);

    // The other message of the thread: its own record, linked to the same thread.
    await page.locator('assay-chip').nth(0).click();
    await expect.poll(() => chipStates(page), { timeout: 30_000 }).toEqual([['done', 'human'], ['done', expect.any(String)]]);
    const both = (await readRecords(ext)).map((r) => ProvenanceRecordSchema.parse(r));
    expect(both).toHaveLength(2);
    expect(new Set(both.map((r) => r.source.thread))).toEqual(new Set([url]));
    await page.close();
  });

  it('Gmail: a message that changes while it is being checked never shows the stale verdict', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
    await expect.poll(() => chipStates(page)).toEqual([['idle', null], ['idle', null]]);
    await page.locator('assay-chip').nth(1).click();
    // Gmail re-renders the body (an edit, a translation) before the verdict comes back.
    await page.evaluate(() => {
      const body = document.querySelectorAll('div.ii.gt')[1]!;
      body.querySelector('div[dir="ltr"] > div:nth-child(2)')!.textContent = 'Sorry, wrong draft: the real copy follows tomorrow.';
    });
    await page.waitForTimeout(1_500);
    const states = await chipStates(page);
    expect(states[1]![1]).toBeNull();
    expect(['idle', 'changed']).toContain(states[1]![0]);
    expect((await page.locator('assay-overlay').getAttribute('data-highlights', { timeout: 1_000 }).catch(() => null)) ?? '0').toBe('0');
    await page.close();
  });

  it("keeps settings (keys, the Figma token) out of the content scripts' reach", async () => {
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    const worlds: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, name: context.name }));
    await cdp.send('Runtime.enable');
    await page.goto(`${platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
    await expect.poll(() => chipStates(page)).toHaveLength(2);
    // The content script's isolated world carries the extension's name.
    const world = worlds.find((w) => w.name === 'Assay');
    expect(world).toBeDefined();
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: world!.id,
      awaitPromise: true,
      expression: 'chrome.storage.local.get(null).then((v) => "read " + Object.keys(v).join(","), (e) => "refused: " + e.message)',
    });
    expect(result.value).toMatch(/^refused: /);
    await page.close();
  });

  it('Gmail: a message with no text of its own is not scanned, and says so', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${platforms.origin('mail.google.com')}/mail/u/1/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvZ`);
    await page.locator('assay-chip').click();
    await expect.poll(() => chipStates(page)).toEqual([['empty', null]]);
    expect(await readRecords(ext)).toHaveLength(2);
    await page.close();
  });

  it('Gmail: says the page changed when an open conversation shows no message Assay knows', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${platforms.origin('mail.google.com')}/mail/u/2/${THREAD}`);
    await expect.poll(() => chipStates(page), { timeout: 20_000 }).toEqual([['changed-page', null]]);
    await page.close();
  });

  it('Outlook: with automatic checks on, the open message is checked as it opens; the quoted conversation is left out', async () => {
    await turnOn('outlook', true);
    const page = await ext.context.newPage();
    const url = `${platforms.origin('outlook.office.com')}/mail/inbox/id/AAQkAGI2TG93AAA%3D`;
    await page.goto(url);
    await expect.poll(() => chipStates(page), { timeout: 30_000 }).toEqual([['done', expect.stringMatching(/^(ai|mixed)$/)]]);
    const record = (await readRecords(ext)).map((r) => ProvenanceRecordSchema.parse(r)).find((r) => r.source.kind === 'outlook')!;
    expect(record.source).toMatchObject({ url, title: 'RE: Brand guidelines, first pass', thread: url });
    expect(record.segments.map((s) => s.text).join(' ')).not.toMatch(/kiln|From:|Brand strategist/);
    await page.close();
  });

  it('stops running on a platform the user turns off', async () => {
    const dashboard = await openDashboard(ext);
    const main = dashboard.locator('[data-platform="gmail"]').getByRole('checkbox', { name: /^Check (messages|documents) in/ });
    await main.click();
    await expect.poll(() => main.isChecked()).toBe(false);
    await expect
      .poll(() => ext.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
      .toEqual(['assay-outlook']);
    await dashboard.close();
    const page = await ext.context.newPage();
    await page.goto(`${platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
    await page.waitForTimeout(1_000);
    await expect(page.locator('assay-chip').count()).resolves.toBe(0);
  });
});

describe('Google Docs', () => {
  const docUrl = (id: string, query = '') => `${platforms.origin('docs.google.com')}/document/d/${id}/edit${query}`;
  const panelState = (page: Page) => page.locator('assay-docs').evaluate((h) => [(h as HTMLElement).dataset.state, (h as HTMLElement).dataset.label ?? null]);
  const docsRecord = async (url: string) => (await readRecords(ext)).map((r) => ProvenanceRecordSchema.parse(r)).find((r) => r.source.url === url);

  it('one click on the chip reads the export and the writing history, and lists the flagged passages', async () => {
    await turnOn('docs', false);
    const page = await ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.editor));
    await expect.poll(() => panelState(page)).toEqual(['idle', null]);
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.stringMatching(/^(ai|mixed)$/)]);
    expect(platforms.requests).toEqual(expect.arrayContaining([`/document/d/${DOC_IDS.editor}/export?format=html`, `/document/d/${DOC_IDS.editor}/revisions/load?id=${DOC_IDS.editor}&start=1&end=${REVISIONS()}`]));
    const record = (await docsRecord(`${platforms.origin('docs.google.com')}/document/d/${DOC_IDS.editor}/edit`))!;
    expect(record.source).toMatchObject({ kind: 'docs', title: TITLE });
    expect(record.segments.map((s) => s.kind)).toEqual(expect.arrayContaining(['heading', 'list-item', 'table']));
    // The writing history: the two machine paragraphs arrived in one paste each; nothing else did.
    const pasted = record.process!.evidence.map((e) => record.segments.find((s) => s.id === e.segmentId)?.text);
    expect(record.process).toMatchObject({ available: true });
    expect(pasted).toEqual(MACHINE);
    expect(record.segments.filter((s) => s.label === 'ai').map((s) => s.text)).toEqual(expect.arrayContaining([MACHINE[0]]));
    expect(record.segments.filter((s) => s.label === 'ai').some((s) => HUMAN.includes(s.text))).toBe(false);
    // Escape closes the panel; keyboard users are not trapped in it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('assay-docs').getAttribute('data-open')).toBeNull();
    await page.close();
  });

  it('with view-only access, says the writing history is not available instead of guessing', async () => {
    const page = await ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.viewOnly));
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    const record = (await docsRecord(`${platforms.origin('docs.google.com')}/document/d/${DOC_IDS.viewOnly}/edit`))!;
    expect(record.process).toMatchObject({ available: false, reason: expect.stringMatching(/view-only access/), evidence: [] });
    await page.close();
  });

  it('reads only the open tab of a document with tabs', async () => {
    const page = await ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.editor, '?tab=t.minutes'));
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    const record = (await docsRecord(`${platforms.origin('docs.google.com')}/document/d/${DOC_IDS.editor}/edit?tab=t.minutes`))!;
    expect(record.segments.map((s) => s.text)).toEqual([SECOND_TAB]);
    await page.close();
  });

  it('when the owner blocked downloads, says so and checks a pasted selection instead (keyboard only)', async () => {
    const page = await ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.noExport));
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['blocked', null]);
    expect(await docsRecord(`${platforms.origin('docs.google.com')}/document/d/${DOC_IDS.noExport}/edit`)).toBeUndefined();
    // The panel has focus: Tab to the paste box, paste, Tab to its button, Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(`${MACHINE[0]}\n\n${HUMAN[0]}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    const record = (await docsRecord(`${platforms.origin('docs.google.com')}/document/d/${DOC_IDS.noExport}/edit#pasted-selection`))!;
    expect(record.segments.map((s) => s.text)).toEqual([MACHINE[0], HUMAN[0]]);
    expect(record.process).toMatchObject({ available: false });
    await page.close();
  });
});

describe('Figma', () => {
  const fileUrl = (key: string, query = '') => `${platforms.origin('www.figma.com')}/design/${key}/Harbour-Street${query}`;
  const recordUrl = (key: string, query = '') => `${platforms.origin('www.figma.com')}/design/${key}${query}`;
  const state = (page: Page) => page.locator('assay-figma').evaluate((h) => [(h as HTMLElement).dataset.state, (h as HTMLElement).dataset.label ?? null]);
  const figmaRecord = async (url: string) => (await readRecords(ext)).map((r) => ProvenanceRecordSchema.parse(r)).find((r) => r.source.url === url);
  const apiCalls = (key: string) => platforms.requests.filter((r) => r.startsWith(`/v1/files/${key}`));

  /** The chip opens the panel, which says what a check costs; the check runs only when asked (keyboard). */
  async function checkFile(page: Page) {
    await page.locator('assay-figma').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => page.locator('assay-figma').getAttribute('data-open')).toBe('true');
    expect(await state(page)).toEqual(['idle', null]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }

  it('reads the file through the API with the token, groups text by frame, reads image fills’ provenance, and reads an unchanged file only once', async () => {
    await turnOn('figma', false, FIGMA_TOKEN);
    const page = await ext.context.newPage();
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
    const page = await ext.context.newPage();
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
    const page = await ext.context.newPage();
    await page.goto(fileUrl(key));
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 30_000 }).toEqual(['error', null]);
    expect(await figmaRecord(recordUrl(key))).toBeUndefined();
    await page.close();
  });

  it(`checks a file of ${2_000} layers`, async () => {
    const page = await ext.context.newPage();
    await page.goto(fileUrl(FIGMA_KEYS.huge));
    await checkFile(page);
    await expect.poll(() => state(page), { timeout: 60_000 }).toEqual(['done', expect.any(String)]);
    const record = (await figmaRecord(recordUrl(FIGMA_KEYS.huge)))!;
    expect(record.segments).toHaveLength(1_800);
    await page.close();
  });
});
