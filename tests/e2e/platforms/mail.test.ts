import { highlightsOf } from '../../../lib/scan/record';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SERVER } from '../../../lib/server/config';
import { startServer, type RunningServer } from '../../../lib/server/start';
import { controlsOf, enableAssayServer, openDashboard, openPopup, overlayOf, readRecords, tabIdOf } from '../harness';
import { records, turnOn, usePlatformSession } from './session';

const session = usePlatformSession();
let assay: RunningServer;
beforeAll(async () => {
  assay = await startServer({ ...DEFAULT_SERVER, port: 0 }, { log: () => undefined });
});
afterAll(async () => {
  await assay?.close(1_000);
});
const THREAD = '#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH';
/** Each chip's state and label, read inside its closed shadow root; the page sees bare hosts. */
const chipStates = async (page: Page) => (await controlsOf(page, 'assay-chip')).map((c) => [c.state, c.label ?? null]);

/** What each chip says, read inside its closed shadow root (its style sheet aside), as a reader sees it. */
interface TextNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: TextNode[];
  shadowRoots?: TextNode[];
}
async function chipTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: TextNode };
    const texts: string[] = [];
    const words = (node: TextNode): string[] => (node.nodeName === 'STYLE' ? [] : node.nodeType === 3 ? [node.nodeValue ?? ''] : [...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(words));
    const walk = (node: TextNode) => {
      if (node.nodeName === 'ASSAY-CHIP') texts.push((node.shadowRoots ?? []).flatMap(words).join(' '));
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    return texts;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

describe('platforms', () => {
  it('runs nothing on Gmail until the user turns Gmail on', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(`${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
    await page.waitForTimeout(1_000);
    await expect(page.locator('assay-chip').count()).resolves.toBe(0);
    await page.close();
  });

  it('Gmail: a chip per open message; one click checks that message alone, quotes and signature left out', async () => {
    await turnOn(session.ext, 'gmail', false);
    const page = await session.ext.context.newPage();
    const url = `${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`;
    await page.goto(url);
    await expect.poll(() => chipStates(page)).toEqual([['idle', null], ['idle', null]]);
    // The chip sits beside the message's header line.
    await expect(page.locator('div[data-message-id] assay-chip + .gE').count()).resolves.toBe(2);

    await page.locator('assay-chip').nth(1).click();
    await expect.poll(() => chipStates(page), { timeout: 30_000 }).toEqual([['idle', null], ['done', expect.stringMatching(/^(ai|mixed)$/)]]);
    const stored = await records(session.ext);
    expect(stored).toHaveLength(1);
    const reply = stored[0]!;
    expect(reply.source).toMatchObject({ kind: 'gmail', title: 'Homepage copy for Alder & Finch — Sam Reyes', thread: url });
    expect(reply.source.url).toMatch(/\/mail\/u\/0\/#all\/18d5a1b2c3d4e5f7$/);
    const texts = reply.segments.map((s) => s.text).join(' ');
    expect(texts).toMatch(/fast-paced/);
    expect(texts).not.toMatch(/linseed|wrote:|Copywriter/);
    // Its flagged paragraphs are highlighted in the page's overlay.
    await expect.poll(async () => (await overlayOf(page))?.highlights).toBe(highlightsOf(reply).length);
    expect(reply.segments.some((s) => s.label === 'ai')).toBe(true);

    // The other message of the thread: its own record, linked to the same thread.
    await page.locator('assay-chip').nth(0).click();
    await expect.poll(() => chipStates(page), { timeout: 30_000 }).toEqual([['done', expect.stringMatching(/^(human|unsure)$/)], ['done', expect.any(String)]]);
    // What Gmail's own script can read off the chips: bare elements, nothing of either verdict.
    await expect(page.locator('assay-chip').evaluateAll((chips) => chips.map((c) => [c.getAttributeNames(), c.shadowRoot, c.textContent]))).resolves.toEqual([
      [[], null, ''],
      [[], null, ''],
    ]);
    expect((await controlsOf(page, 'assay-chip')).map((c) => c.hostAttributes)).toEqual([[], []]);
    const both = await records(session.ext);
    expect(both).toHaveLength(2);
    expect(new Set(both.map((r) => r.source.thread))).toEqual(new Set([url]));
    await page.close();
  });

  it('Gmail: a message that changes while it is being checked never shows the stale verdict', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(`${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
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
    expect((await overlayOf(page))?.highlights ?? 0).toBe(0);
    await page.close();
  });

  it("keeps settings (keys, the Figma token) out of the content scripts' reach", async () => {
    const page = await session.ext.context.newPage();
    const cdp = await session.ext.context.newCDPSession(page);
    const worlds: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, name: context.name }));
    await cdp.send('Runtime.enable');
    await page.goto(`${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
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
    const page = await session.ext.context.newPage();
    await page.goto(`${session.platforms.origin('mail.google.com')}/mail/u/1/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvZ`);
    await page.locator('assay-chip').click();
    await expect.poll(() => chipStates(page)).toEqual([['empty', null]]);
    expect(await readRecords(session.ext)).toHaveLength(2);
    await page.close();
  });

  it('Gmail: says the page changed when an open conversation shows no message Assay knows', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(`${session.platforms.origin('mail.google.com')}/mail/u/2/${THREAD}`);
    await expect.poll(() => chipStates(page), { timeout: 20_000 }).toEqual([['changed-page', null]]);
    await page.close();
  });

  it('Outlook: with automatic checks on, the open message is checked as it opens; the quoted conversation is left out', async () => {
    await turnOn(session.ext, 'outlook', true);
    const page = await session.ext.context.newPage();
    const url = `${session.platforms.origin('outlook.office.com')}/mail/inbox/id/AAQkAGI2TG93AAA%3D`;
    await page.goto(url);
    await expect.poll(() => chipStates(page), { timeout: 30_000 }).toEqual([['done', expect.stringMatching(/^(ai|mixed)$/)]]);
    const record = (await records(session.ext)).find((r) => r.source.kind === 'outlook')!;
    expect(record.source).toMatchObject({ url, title: 'RE: Brand guidelines, first pass', thread: url });
    expect(record.segments.map((s) => s.text).join(' ')).not.toMatch(/kiln|From:|Brand strategist/);
    await page.close();
  });

  it('Gmail: a message gets a second opinion from the Assay server, through the same scan service as a page', async () => {
    await enableAssayServer(session.ext, assay.url, 20);
    const page = await session.ext.context.newPage();
    const url = `${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`;
    await page.goto(url);
    await expect.poll(() => chipStates(page)).toEqual([['idle', null], ['idle', null]]);
    await page.locator('assay-chip').nth(1).click();
    await expect.poll(() => chipStates(page), { timeout: 40_000 }).toEqual([['idle', null], ['done', expect.stringMatching(/^(ai|mixed)$/)]]);
    // The chip says the verdict has a second opinion.
    await expect.poll(async () => (await controlsOf(page, 'assay-chip'))[1]?.opinions).toBe('1/1');
    const reply = (await records(session.ext)).find((r) => r.source.url.endsWith('#all/18d5a1b2c3d4e5f7'))!;
    expect(reply.remote).toMatchObject({ localOnly: false, providers: [{ id: 'assay', ok: true }] });
    expect(reply.verdict.detectors.map((d) => d.kind)).toEqual(['local', 'remote']);
    // The popup on this conversation finds the message's record by Gmail's own key (the thread), not the address.
    const tabId = await session.ext.serviceWorker.evaluate(async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id, url);
    const popup = await session.ext.context.newPage();
    await popup.goto(`chrome-extension://${session.ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('provenance-badge').waitFor();
    await popup.getByText(/Checked with Assay’s Gmail chip/).waitFor();
    await popup.getByTestId('opinions-fold').locator('summary').click();
    await popup.getByRole('region', { name: 'Second opinions' }).getByText(/Assay server: .*passages sent/).waitFor();
    await expect(popup.getByRole('button', { name: 'Check again' }).count()).resolves.toBe(1);
    await popup.close();
    await page.close();
  });

  it('stops running on a platform the user turns off: chips go, and a message that changes sends no scan message', async () => {
    // Automatic checks on, so a changed message would be checked again if anything were still watching.
    let dashboard = await openDashboard(session.ext, '#/settings/platforms');
    const auto = dashboard.locator('[data-platform="gmail"]').getByRole('checkbox', { name: /^Check each message as I open it/ });
    await auto.click();
    await expect.poll(() => auto.isChecked()).toBe(true);
    await dashboard.close();
    const open = await session.ext.context.newPage();
    await open.goto(`${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
    await expect.poll(() => chipStates(open), { timeout: 40_000 }).toEqual([['done', expect.any(String)], ['done', expect.any(String)]]);

    // Count every scan request the background receives from now on.
    await session.ext.serviceWorker.evaluate(() => {
      const counter = globalThis as unknown as { __assayScans: number };
      counter.__assayScans = 0;
      chrome.runtime.onMessage.addListener((message: { name?: string }) => {
        if (message?.name === 'platform.scan') counter.__assayScans++;
        return false;
      });
    });
    dashboard = await openDashboard(session.ext, '#/settings/platforms');
    const main = dashboard.locator('[data-platform="gmail"]').getByRole('checkbox', { name: /^Check (messages|documents) in/ });
    await main.click();
    await expect.poll(() => main.isChecked()).toBe(false);
    await expect
      .poll(() => session.ext.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)))
      .toEqual(['assay-outlook']);
    await dashboard.close();
    // The open tab's feature stopped: its chips are gone, and a changed message is not checked.
    await expect.poll(() => open.locator('assay-chip').count()).toBe(0);
    await open.evaluate(() => {
      document.querySelectorAll('div.ii.gt')[1]!.querySelector('div[dir="ltr"] > div')!.textContent = 'Hi Maya, one more change after Assay was turned off.';
    });
    await open.waitForTimeout(1_500);
    expect(await session.ext.serviceWorker.evaluate(() => (globalThis as unknown as { __assayScans: number }).__assayScans)).toBe(0);
    await expect(open.locator('assay-chip').count()).resolves.toBe(0);
    await open.close();

    const page = await session.ext.context.newPage();
    await page.goto(`${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`);
    await page.waitForTimeout(1_000);
    await expect(page.locator('assay-chip').count()).resolves.toBe(0);
  });

  it('Gmail: certifies the draft being written, from the popup (issue 12)', async () => {
    const page = await session.ext.context.newPage();
    const url = `${session.platforms.origin('mail.google.com')}/mail/u/3/#inbox?compose=new`;
    await page.goto(url);
    const popup = await openPopup(session.ext, await tabIdOf(session.ext, url));
    const [dashboard] = await Promise.all([session.ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Certify the draft I am writing' }).click()]);
    await dashboard.waitForLoadState();
    expect(dashboard.url()).toMatch(/options\.html\?certify=/);
    await expect.poll(() => dashboard.getByTestId('certify-item').getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
    await expect(dashboard.getByTestId('certify-item').textContent()).resolves.toMatch(/Draft: Homepage copy, final/);
    const draft = (await records(session.ext)).find((r) => r.source.title === 'Draft: Homepage copy, final');
    expect(draft?.source.kind).toBe('gmail');
    expect(draft?.segments.map((s) => s.text).join(' ')).toMatch(/oak offcuts/);
    expect(draft?.segments.map((s) => s.text).join(' ')).not.toMatch(/Your conversations/);
    await dashboard.close();
    await popup.close();
    await page.close();
  });

  it('Gmail: with no draft open, Certify says so in the popup, in the reader’s words, and opens nothing', async () => {
    const page = await session.ext.context.newPage();
    const url = `${session.platforms.origin('mail.google.com')}/mail/u/0/${THREAD}`;
    await page.goto(url);
    const popup = await openPopup(session.ext, await tabIdOf(session.ext, url));
    const pages = session.ext.context.pages().length;
    await popup.getByRole('button', { name: 'Certify the draft I am writing' }).click();
    await expect(popup.getByRole('alert').textContent()).resolves.toMatch(/No text being written was found on this page/);
    expect(session.ext.context.pages().length).toBe(pages);
    await popup.close();
    await page.close();
  });

  it('Outlook: the chip speaks Indonesian when the user chooses it', async () => {
    await session.ext.serviceWorker.evaluate(() => chrome.storage.local.set({ language: 'id' }));
    try {
      const page = await session.ext.context.newPage();
      await page.goto(`${session.platforms.origin('outlook.office.com')}/mail/inbox/id/AAQkAGI2TG93AAA%3D`);
      await expect.poll(() => chipStates(page), { timeout: 30_000 }).toEqual([['done', expect.stringMatching(/^(ai|mixed)$/)]]);
      const [said] = await chipTexts(page);
      expect(said).toMatch(/^Assay (Kemungkinan AI|Campuran) · \d+% AI probabilitas ditulis mesin [<>]? ?\d,\d\d · \d+ dari \d+ paragraf dinilai/);
      expect(said).toMatch(/Periksa lagi$/);
      expect(said).not.toMatch(/\b(Likely|Mixed|probability|passages?|judged|Check)\b/);
      await page.close();
    } finally {
      await session.ext.serviceWorker.evaluate(() => chrome.storage.local.remove('language'));
    }
  });
});
