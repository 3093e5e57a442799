import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DOC_IDS, HUMAN, MACHINE, REVISIONS, SECOND_TAB, TITLE } from '../../fixtures/platforms/docs/document';
import { controlsOf, openPopup, tabIdOf } from '../harness';
import { records, turnOn, usePlatformSession } from './session';

const session = usePlatformSession();

describe('Google Docs', () => {
  const docUrl = (id: string, query = '') => `${session.platforms.origin('docs.google.com')}/document/d/${id}/edit${query}`;
  const panelState = async (page: Page) => (await controlsOf(page, 'assay-docs')).map((c) => [c.state, c.label ?? null])[0];
  const docsRecord = async (url: string) => (await records(session.ext)).find((r) => r.source.url === url);

  it('one click on the chip reads the export and the writing history, and lists the flagged passages', async () => {
    await turnOn(session.ext, 'docs', false);
    const page = await session.ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.editor));
    await expect.poll(() => panelState(page)).toEqual(['idle', null]);
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.stringMatching(/^(ai|mixed)$/)]);
    expect(session.platforms.requests).toEqual(expect.arrayContaining([`/document/d/${DOC_IDS.editor}/export?format=html`, `/document/d/${DOC_IDS.editor}/revisions/load?id=${DOC_IDS.editor}&start=1&end=${REVISIONS()}`]));
    const record = (await docsRecord(`${session.platforms.origin('docs.google.com')}/document/d/${DOC_IDS.editor}/edit`))!;
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
    await expect.poll(async () => (await controlsOf(page, 'assay-docs'))[0]?.open).toBeUndefined();
    await page.close();
  });

  it('with view-only access, says the writing history is not available instead of guessing', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.viewOnly));
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    const record = (await docsRecord(`${session.platforms.origin('docs.google.com')}/document/d/${DOC_IDS.viewOnly}/edit`))!;
    expect(record.process).toMatchObject({ available: false, reason: expect.stringMatching(/view-only access/), evidence: [] });
    await page.close();
  });

  it('reads only the open tab of a document with tabs', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.editor, '?tab=t.minutes'));
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    const record = (await docsRecord(`${session.platforms.origin('docs.google.com')}/document/d/${DOC_IDS.editor}/edit?tab=t.minutes`))!;
    expect(record.segments.map((s) => s.text)).toEqual([SECOND_TAB]);
    await page.close();
  });

  it('when the owner blocked downloads, says so and checks a pasted selection instead (keyboard only)', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(docUrl(DOC_IDS.noExport));
    await page.locator('assay-docs').click({ position: { x: 20, y: 10 } });
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['blocked', null]);
    expect(await docsRecord(`${session.platforms.origin('docs.google.com')}/document/d/${DOC_IDS.noExport}/edit`)).toBeUndefined();
    // The panel has focus: Tab to the paste box, paste, Tab to its button, Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.insertText(`${MACHINE[0]}\n\n${HUMAN[0]}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => panelState(page), { timeout: 30_000 }).toEqual(['done', expect.any(String)]);
    const record = (await docsRecord(`${session.platforms.origin('docs.google.com')}/document/d/${DOC_IDS.noExport}/edit#pasted-selection`))!;
    expect(record.segments.map((s) => s.text)).toEqual([MACHINE[0], HUMAN[0]]);
    expect(record.process).toMatchObject({ available: false });
    await page.close();
  });

  it('Check again in the popup on a Doc re-reads the document through Docs, never replacing its record with the page’s menus', async () => {
    const page = await session.ext.context.newPage();
    // The same document, opened from a shared link: another address, the same Docs document key.
    const url = docUrl(DOC_IDS.editor, '?usp=sharing#heading=h.k1');
    await page.goto(url);
    const popup = await openPopup(session.ext, await tabIdOf(session.ext, url));
    await popup.getByText(/Checked with Assay’s Google Docs chip/).waitFor();
    const before = (await docsRecord(`${session.platforms.origin('docs.google.com')}/document/d/${DOC_IDS.editor}/edit`))!;
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(async () => (await docsRecord(before.source.url))?.scannedAt, { timeout: 30_000 }).toBeGreaterThan(before.scannedAt);
    const all = await records(session.ext);
    const after = all.filter((r) => r.source.url === before.source.url);
    expect(after.map((r) => r.source.kind)).toEqual(['docs']);
    expect(all.filter((r) => r.source.kind === 'page')).toEqual([]);
    expect(after[0]!.segments.map((s) => s.text)).toEqual(before.segments.map((s) => s.text));
    expect(after[0]!.segments.some((s) => /File Edit View/.test(s.text))).toBe(false);
    await popup.close();
    await page.close();
  });
});
