// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { CATALOGUES } from '../../../lib/i18n/all';
import { MAX_IMAGE_BYTES, readProvenance } from '../../../lib/provenance';
import { docsLocation } from '../../../lib/platforms/docs/page';
import { readWritingProcess } from '../../../lib/platforms/docs/read';
import { browserName } from '../../../lib/ui/browser-name';
import { provenanceNoteText, provenanceSummaryText } from '../../../lib/ui/provenance-words';
import { processReasonText } from '../../../lib/ui/writing-history';
import { png, tEXt } from '../provenance/build';

/**
 * The dashboard says the provenance reader's and the Docs reader's fixed sentences in the reader's
 * language. Those readers write English; these tests run them, so a reworded sentence that the
 * patterns no longer know fails here instead of showing English on an Indonesian screen.
 */
const id = CATALOGUES.id;
afterEach(() => setLocale('en'));

describe('the browser named in permission messages', () => {
  it('is the build’s target', () => {
    expect(browserName('chrome')).toBe('Chrome');
    expect(browserName('firefox')).toBe('Firefox');
    expect(browserName('edge')).toBe('Edge');
    expect(browserName('brave')).toBe('Brave');
    // The unit tests build for Chrome (WXT's default target).
    expect(browserName()).toBe('Chrome');
  });
});

describe('the provenance reader’s sentences', () => {
  const FIXTURES = resolve(import.meta.dirname, '../../fixtures/images');

  it('an image with no provenance data', async () => {
    const result = await readProvenance(readFileSync(join(FIXTURES, 'sample1.png')));
    expect(provenanceSummaryText(result)).toBe(result.summary);
    setLocale('id');
    expect(provenanceSummaryText(result)).toBe(id['dashboard.provenance.noData.image']);
  });

  it('a PDF with no provenance data says "files"', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const result = await readProvenance(pdf);
    setLocale('id');
    expect(provenanceSummaryText(result)).toBe(id['dashboard.provenance.noData.file']);
  });

  it('a file of no known format, and one too large', async () => {
    const unknown = await readProvenance(new TextEncoder().encode('just some text, not an image'));
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    const large = await readProvenance(big);
    setLocale('id');
    expect(provenanceSummaryText(unknown)).toBe(id['dashboard.provenance.unknownType']);
    expect(provenanceNoteText(unknown.error!)).toBe(id['dashboard.provenance.error.unknownType']);
    expect(provenanceSummaryText(large)).toBe('Tidak dibaca: berkasnya lebih dari 50 MB.');
    expect(provenanceNoteText(large.error!)).toBe(id['dashboard.provenance.error.tooLarge']);
  });

  it('a truncated file: the note is translated, the finding quoted from the file stays as read', async () => {
    const full = png(tEXt('parameters', 'Steps: 20, Sampler: Euler, Seed: 1'));
    const result = await readProvenance(full.subarray(0, full.length - 20));
    setLocale('id');
    expect(provenanceNoteText(result.error!)).toBe(id['dashboard.provenance.error.truncated']);
    expect(provenanceSummaryText(result)).toBe(result.summary);
  });

  it('notes joined with "; " are each translated; an unknown one is kept', () => {
    setLocale('id');
    expect(provenanceNoteText('Content Credentials found, but no C2PA reader was available to check them; metadata unreadable: bad IFD')).toBe(
      `${id['dashboard.provenance.error.noReader']}; metadata tidak terbaca: bad IFD`,
    );
    expect(provenanceNoteText('something new')).toBe('something new');
  });
});

describe('the Docs reader’s reasons for having no writing history', () => {
  const doc = docsLocation('https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWx/edit')!;
  const revision = ['{"revision": 12}'];
  const answer = (status: number) => async () => new Response('', { status });

  it.each([
    ['no revision count', [] as string[], answer(200), 'dashboard.history.reason.noCount'],
    ['unreachable', revision, async () => Promise.reject(new Error('offline')), 'dashboard.history.reason.unreachable'],
    ['view-only', revision, answer(403), 'dashboard.history.reason.viewOnly'],
  ] as const)('%s', async (_, scripts, fetchImpl, key) => {
    const process = await readWritingProcess(doc, scripts, [], fetchImpl);
    expect(process.available).toBe(false);
    expect(processReasonText(process.reason)).toBe(process.reason);
    setLocale('id');
    expect(processReasonText(process.reason)).toBe(id[key]);
  });

  it('a refusal keeps its status; an unusable answer keeps its error', async () => {
    const refused = await readWritingProcess(doc, revision, [], answer(500));
    const unusable = await readWritingProcess(doc, revision, [], async () => new Response('not json at all'));
    setLocale('id');
    expect(processReasonText(refused.reason)).toBe('Google Docs menolak memberikan riwayat penulisan (500).');
    expect(unusable.available).toBe(false);
    expect(processReasonText(unusable.reason)).toMatch(/^Riwayat penulisan tidak bisa dipakai: .+\.$/);
    expect(processReasonText(undefined)).toBe(id['dashboard.history.unknownReason']);
  });
});
