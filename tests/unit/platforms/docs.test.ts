// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportProblem, extractDocsExport } from '../../../lib/platforms/docs/extract';
import { docsLocation, documentTitle, documentUrl, exportUrl, revisionCount, revisionsUrl } from '../../../lib/platforms/docs/page';
import { readDocument, readWritingProcess, type Fetch } from '../../../lib/platforms/docs/read';
import { arrivals, describeProcess, parseRevisions, writingProcess } from '../../../lib/platforms/docs/revisions';
import { WritingProcessSchema } from '../../../lib/schema/process';
import { DeliverableSchema } from '../../../lib/schema/deliverable';
import { DOC_IDS, exportHtml, HUMAN, MACHINE, REVISIONS, revisionsJson, SECOND_TAB, TITLE } from '../../fixtures/platforms/docs/document';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ID = DOC_IDS.editor;
const source = { kind: 'docs' as const, url: `https://docs.google.com/document/d/${ID}/edit`, title: TITLE };

describe('Docs addresses', () => {
  it.each([
    [`https://docs.google.com/document/d/${ID}/edit`, { id: ID, base: `https://docs.google.com/document/d/${ID}`, tab: undefined }],
    [`https://docs.google.com/document/u/1/d/${ID}/edit?usp=sharing`, { id: ID, base: `https://docs.google.com/document/u/1/d/${ID}`, tab: undefined }],
    [`https://docs.google.com/document/d/${ID}/edit?tab=t.minutes#heading=h.x`, { id: ID, base: `https://docs.google.com/document/d/${ID}`, tab: 't.minutes' }],
    [`https://docs.google.com/document/d/${ID}/edit?tab=t.bad"tab`, { id: ID, base: `https://docs.google.com/document/d/${ID}`, tab: undefined }],
    ['https://docs.google.com/document/u/0/', undefined],
    ['https://docs.google.com/spreadsheets/d/1abcdefghijklmnopqrstuvwxyz/edit', undefined],
    ['not a url', undefined],
  ])('%s', (href, expected) => {
    expect(docsLocation(href)).toEqual(expected);
  });

  it('builds the export, history and record addresses, keeping the open tab', () => {
    const doc = docsLocation(`https://docs.google.com/document/d/${ID}/edit?tab=t.minutes`)!;
    expect(exportUrl(doc)).toBe(`https://docs.google.com/document/d/${ID}/export?format=html&tab=t.minutes`);
    expect(revisionsUrl(doc, 42)).toBe(`https://docs.google.com/document/d/${ID}/revisions/load?id=${ID}&start=1&end=42`);
    expect(documentUrl(doc)).toBe(`https://docs.google.com/document/d/${ID}/edit?tab=t.minutes`);
  });

  it('reads the title and the revision count the editor page publishes', () => {
    expect(documentTitle(`${TITLE} - Google Docs`)).toBe(TITLE);
    expect(documentTitle(' - Google Docs')).toBe('Untitled document');
    expect(revisionCount(['var x = 1;', 'window.DOCS_bootstrap = {"docId":"a","revision":137};'])).toBe(137);
    expect(revisionCount(['nothing here'])).toBeUndefined();
  });
});

describe('the export', () => {
  it('keeps headings, paragraphs, list items and the table apart', () => {
    const deliverable = extractDocsExport(parse(exportHtml()), source);
    expect(DeliverableSchema.safeParse(deliverable).success).toBe(true);
    expect(deliverable.segments.map((s) => s.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'list-item', 'list-item', 'table', 'paragraph', 'paragraph']);
    expect(deliverable.segments[6]!.text).toBe('Plot | Holder\n14 | Dave');
    expect(deliverable.segments[2]!.text).toBe(MACHINE[0]);
  });

  it('reads only the open tab of a document with tabs', () => {
    expect(extractDocsExport(parse(exportHtml('t.minutes')), source).segments.map((s) => s.text)).toEqual([SECOND_TAB]);
  });

  it.each([
    [403, 'text/html', 'https://docs.google.com/x', /turned off downloading/],
    [401, 'text/html', 'https://docs.google.com/x', /turned off downloading/],
    [404, 'text/html', 'https://docs.google.com/x', /did not find/],
    [500, 'text/html', 'https://docs.google.com/x', /answered 500/],
    [200, 'text/html', 'https://accounts.google.com/ServiceLogin?continue=x', /not signed in/],
    [200, 'application/pdf', 'https://docs.google.com/x', /not a document/],
  ])('an export answer %i %s is refused with a plain reason', (status, type, url, reason) => {
    expect(exportProblem(status, type, url)).toMatch(reason);
  });

  it('turns a refused export into a problem to show, never a half-read document', async () => {
    const doc = docsLocation(`https://docs.google.com/document/d/${ID}/edit`)!;
    const refused: Fetch = async () => new Response('<h1>no</h1>', { status: 403, headers: { 'content-type': 'text/html' } });
    await expect(readDocument(doc, `${TITLE} - Google Docs`, refused, parse)).resolves.toEqual({ ok: false, problem: expect.stringMatching(/turned off downloading/) });
    const offline: Fetch = async () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(readDocument(doc, 'x', offline, parse)).resolves.toEqual({ ok: false, problem: 'Google Docs could not be reached' });
  });
});

describe('writing history', () => {
  const segments = extractDocsExport(parse(exportHtml()), source).segments;

  it('parses the guarded changelog, nested ops included, and ignores ops without text', () => {
    const inserts = parseRevisions(revisionsJson());
    expect(inserts.length).toBe(REVISIONS() - 1 - 0); // every entry but the empty one carries text
    expect(inserts.some((i) => i.text.startsWith("In today's fast-paced"))).toBe(true);
  });

  it.each([
    ['not JSON', ")]}'\n{oops", /not JSON/],
    ['the wrong shape', ")]}'\n{\"changelog\": {\"a\": 1}}", /expected shape/],
    ['an entry without a time', ")]}'\n{\"changelog\": [[{\"ty\":\"is\",\"ibi\":1,\"s\":\"x\"}]]}", /expected shape/],
  ])('refuses %s with a clear message', (_, body, message) => {
    expect(() => parseRevisions(body)).toThrow(message);
  });

  it('ties the pasted paragraphs to their pastes, and finds nothing against the typed ones', () => {
    const process = writingProcess(parseRevisions(revisionsJson()), segments);
    expect(WritingProcessSchema.safeParse(process).success).toBe(true);
    const byText = new Map(segments.map((s) => [s.id, s.text]));
    expect(process.evidence.map((e) => [byText.get(e.segmentId), e.kind])).toEqual([
      [MACHINE[0], 'paste'],
      [MACHINE[1], 'paste'],
    ]);
    expect(process.evidence.some((e) => HUMAN.includes(byText.get(e.segmentId)!))).toBe(false);
    expect(describeProcess(process.evidence[0]!)).toMatch(/^arrived in one paste of \d+ characters/);
    // The share typed vs pasted (certificates carry it): the two pastes are the machine paragraphs' characters.
    const inserts = parseRevisions(revisionsJson());
    expect(process.totals?.insertedChars).toBe(inserts.reduce((n, i) => n + i.text.length, 0));
    expect(process.totals?.pastedChars).toBe(arrivals(inserts).filter((a) => a.kind === 'paste').reduce((n, a) => n + a.text.length, 0));
    expect(process.totals!.pastedChars).toBeGreaterThan(0);
    expect(process.totals!.pastedChars).toBeLessThan(process.totals!.insertedChars);
  });

  it('calls a run of small inserts faster than anyone types a burst, and ordinary typing nothing', () => {
    const fast = Array.from({ length: 60 }, (_, i) => ({ text: 'abcd', at: 1_000 + i * 50 })); // 80 characters a second
    const slow = Array.from({ length: 60 }, (_, i) => ({ text: 'abcd', at: 100_000 + i * 600 })); // under 7 a second
    const found = arrivals([...fast, ...slow]);
    expect(found).toEqual([{ kind: 'burst', text: 'abcd'.repeat(60), at: 1_000, charsPerSecond: 81 }]);
  });

  it('says why when the history cannot be read, and never guesses', async () => {
    const doc = docsLocation(`https://docs.google.com/document/d/${ID}/edit`)!;
    const forbidden: Fetch = async () => new Response('', { status: 403 });
    const scripts = ['{"revision":5}'];
    await expect(readWritingProcess(doc, scripts, segments, forbidden)).resolves.toEqual({ available: false, reason: expect.stringMatching(/view-only access/), inserts: 0, evidence: [] });
    await expect(readWritingProcess(doc, [], segments, forbidden)).resolves.toMatchObject({ available: false, reason: expect.stringMatching(/revision count/) });
    const garbage: Fetch = async () => new Response(")]}'\n[1,2,3]", { status: 200 });
    await expect(readWritingProcess(doc, scripts, segments, garbage)).resolves.toMatchObject({ available: false, reason: expect.stringMatching(/could not be used: the revision history was not in the expected shape/) });
  });
});

describe('a Docs export shaped like a real one (tests/fixtures/platforms/docs/export.html)', () => {
  const exported = () => extractDocsExport(parse(readFileSync(join(import.meta.dirname, '../../fixtures/platforms/docs/export.html'), 'utf8')), source).segments;

  it('labels the Title paragraph a heading, not a paragraph', () => {
    expect(exported()[0]).toMatchObject({ kind: 'heading', text: 'Onboarding guide for the support rota' });
  });

  it('keeps a code block as one code passage, without Docs’ private-use markers, and monospaced lines as code, never prose', () => {
    const segments = exported();
    const code = segments.filter((s) => s.kind === 'code').map((s) => s.text);
    expect(code).toEqual(['python3 export.py --since monday\nfor f in out/*.csv; do gzip "$f"; done\necho done', 'SELECT id, email\nFROM customers WHERE active;']);
    expect(segments.map((s) => s.text).join('')).not.toMatch(/[\ue000-\uf8ff]/);
    expect(segments.find((s) => s.text === 'Then upload the archives to the shared drive.')?.kind).toBe('paragraph');
  });

  it('judges the prose of a table cell, and keeps the short cells as one table passage', () => {
    const segments = exported();
    expect(segments.find((s) => s.kind === 'table')?.text).toBe('Shift | What to watch\nEarly');
    expect(segments.find((s) => s.text.startsWith('The overnight queue'))?.kind).toBe('paragraph');
  });
});
