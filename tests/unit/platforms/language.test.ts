// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dateTime, plural, setLocale, t } from '../../../lib/i18n';
import type { PlatformScanResult } from '../../../lib/messaging/protocol';
import { pseudoIndonesian, unmarked } from '../../component/i18n-check';
import { DOC_IDS, editorHtml, exportHtml, HUMAN, MACHINE, revisionsJson } from '../../fixtures/platforms/docs/document';

/**
 * Every state of the words Assay draws inside other sites' pages — the mail chip, the Docs and Figma
 * chip and panel — drawn in Indonesian, with nothing left in English. The pseudo-locale of
 * tests/component/i18n-check.ts wraps every catalogue message in ⟦ ⟧: any word outside the markers that
 * is not the user's own material (a passage, a name, "Assay") was hard-coded. The closed shadow roots
 * are read through `attachShadow`'s return value, as the extension's own code holds them.
 */

/** The background, as the content scripts ask it. Each test sets what it answers. */
let answer: (name: string, data: { deliverable?: { source: { title: string }; segments: { id: string; text: string }[] } }) => Promise<unknown> = async () => {
  throw new Error('not answered');
};
vi.mock('../../../lib/messaging/page', () => ({
  askBackground: (name: string, data: never) => answer(name, data),
  onBackgroundMessages: () => () => undefined,
}));

const { createChip } = await import('../../../lib/platforms/mail/chip');
const { readAttachment } = await import('../../../lib/platforms/mail/certificate');
const { createCanvasPanel } = await import('../../../lib/platforms/panel');
const { describeProcess } = await import('../../../lib/platforms/docs/revisions');
const docs = await import('../../../lib/platforms/docs/content');
const figma = await import('../../../lib/platforms/figma/content');
const { figmaProblem, readFigma } = await import('../../../lib/platforms/figma/api');
const { extractFigma, MAX_NODES } = await import('../../../lib/platforms/figma/extract');
const { documentTitle } = await import('../../../lib/platforms/docs/page');

/** Shadow roots as they are attached, closed ones included, in this test's document and in any Window made here. */
const roots = new Map<Element, ShadowRoot>();
function captureShadows(prototype: { attachShadow(init: ShadowRootInit): ShadowRoot }) {
  const original = prototype.attachShadow;
  prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.set(this, root);
    return root;
  };
}
captureShadows(Element.prototype);

/** The words in a host's shadow root (its style sheet aside) that did not come from the catalogue. */
function leftover(host: Element, names: readonly string[] = []): string[] {
  const root = roots.get(host);
  if (!root) throw new Error(`no shadow root captured for <${host.localName}>`);
  const copy = host.ownerDocument.createElement('div');
  for (const node of root.childNodes) if (node.nodeName !== 'STYLE') copy.append(node.cloneNode(true));
  return unmarked(copy as Element, ['Assay', ...names]);
}
/** A host's words as a reader meets them: each piece of text in order, its style sheet aside. */
function text(host: Element): string {
  const words: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === 'STYLE') return;
    if (node.nodeType === 3 && node.textContent) words.push(node.textContent);
    for (const child of node.childNodes) walk(child);
  };
  walk(roots.get(host)!);
  return words.join(' ');
}
const buttons = (host: Element) => [...roots.get(host)!.querySelectorAll('button')];

const REASONS = [
  { signal: 'ai-vocabulary', text: 'words language models overuse: “pivotal”, “leveraging”', weight: 1.2 },
  { signal: 'sentence-uniformity', text: 'sentence lengths unusually uniform', weight: 0.6 },
  { signal: 'personal-voice', text: 'no contractions or first person', weight: -0.2 },
];
const result = (over: Partial<PlatformScanResult> = {}): PlatformScanResult => ({
  recordId: 'r1',
  label: 'mixed',
  probability: 0.71,
  aiShare: 0.4,
  passages: 7,
  judged: 5,
  highlights: [],
  remote: { asked: 2, used: 1 },
  ...over,
});

let restore: () => void;
beforeEach(() => {
  restore = pseudoIndonesian();
});
afterEach(() => {
  restore();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the mail chip, in Indonesian', () => {
  const chip = () => {
    const made = createChip(document, { platform: 'Gmail', onCheck: () => undefined });
    document.body.append(made.host);
    return made;
  };
  const retry = () => undefined;

  it('says every state through the catalogue', () => {
    const c = chip();
    const images = t('images.summary', { parts: t('images.aiOf', { ai: 1, total: 2 }) });
    const views: Parameters<typeof c.show>[0][] = [
      { state: 'idle' },
      { state: 'scanning' },
      { state: 'empty' },
      { state: 'done', result: result({ imageSummary: images }), excluded: 2, retry },
      { state: 'done', result: result({ label: 'ai', probability: 0.995, aiShare: 1, passages: 1, judged: 1, remote: { asked: 1, used: 0 } }), excluded: 0, retry },
      { state: 'done', result: result({ label: 'unsure', probability: 0.5, remote: undefined }), excluded: 0, retry },
      { state: 'done', result: result({ label: 'unknown', abstain: 'Not enough text: 12 words of prose that can be judged (needs 60).' }), excluded: 0, retry },
      { state: 'done', result: result({ label: 'unknown', abstain: undefined }), excluded: 0, retry },
      { state: 'error', message: 'the background stopped', retry },
      { state: 'changed', retry },
      { state: 'changed-page' },
    ];
    for (const view of views) {
      c.show(view);
      expect(leftover(c.host, ['Gmail', 'the background stopped']), view.state).toEqual([]);
    }
  });

  it('says an attached certificate in every state, the signer’s words aside', async () => {
    const c = chip();
    const done = { state: 'done' as const, result: result(), excluded: 0, retry };
    const name = 'homepage.assay.json';
    // The error a download gives in the page is Assay's own; the verifier's reason comes from the background.
    const download = await readAttachment({ name, url: 'https://mail.google.com/x' }, (async () => new Response('', { status: 404 })) as typeof fetch).catch((e: Error) => e.message);
    const lines = [
      { name, status: 'checking' as const },
      { name, status: 'valid' as const, reason: 'signed by a known key' },
      { name, status: 'content-changed' as const, reason: 'signed by a known key' },
      { name, status: 'error' as const, reason: download },
    ];
    for (const certificate of lines) {
      c.show({ ...done, certificate });
      expect(leftover(c.host, [name, 'signed by a known key']), certificate.status).toEqual([]);
    }
  });
});

describe('the Docs and Figma panel, in Indonesian', () => {
  const panel = (kind: 'document' | 'file', paste: boolean, copy: (text: string) => Promise<void> = async () => undefined) => {
    const made = createCanvasPanel(document, { tag: kind === 'document' ? 'assay-docs' : 'assay-figma', kind, canvasNote: t(kind === 'document' ? 'inpage.docs.canvasNote' : 'inpage.figma.canvasNote'), paste }, { onOpen: () => undefined, onCheck: () => undefined, onCheckPasted: () => undefined, copy });
    document.body.append(made.host);
    return made;
  };

  it.each([
    ['document', true],
    ['file', false],
  ] as const)('says idle, scanning, blocked, failed and a verdict without passages through the catalogue (%s)', (kind, paste) => {
    const p = panel(kind, paste);
    expect(leftover(p.host)).toEqual([]);
    p.open();
    p.show({ state: 'scanning', step: t('inpage.docs.readingHistory') });
    expect(leftover(p.host)).toEqual([]);
    p.show({ state: 'blocked', problem: t('inpage.docs.refused') });
    expect(leftover(p.host)).toEqual([]);
    // A paste box where the platform allows one (Docs), else Try again (Figma).
    expect(Boolean(roots.get(p.host)!.querySelector('textarea'))).toBe(paste);
    expect(buttons(p.host).some((b) => b.textContent === t('inpage.retry'))).toBe(!paste);
    p.show({ state: 'error', message: 'the background stopped' });
    expect(leftover(p.host, ['the background stopped'])).toEqual([]);
    p.show({ state: 'done', result: result({ label: 'unknown', abstain: 'Not enough text: no readable passages.' }), segments: [] });
    expect(leftover(p.host)).toEqual([]);
    p.show({ state: 'done', result: result({ label: 'human', probability: 0.05, aiShare: 0, remote: { asked: 1, used: 0 } }), segments: [] });
    expect(leftover(p.host)).toEqual([]);
  });

  it('lists flagged passages with their reasons, places, writing history and copy buttons, and says copying', async () => {
    let refuse = false;
    const p = panel('document', true, async () => {
      if (refuse) throw new Error('denied');
    });
    const segments = [
      { id: 's1', text: MACHINE[0]!, place: 'Home › Hero' },
      { id: 's2', text: MACHINE[1]! },
      { id: 's3', text: HUMAN[0]! },
    ];
    const highlights = [
      { id: 's1', label: 'ai' as const, probability: 0.97, reasons: REASONS },
      { id: 's3', label: 'unsure' as const, probability: 0.8, reasons: REASONS.slice(1) },
    ];
    const evidence = [
      { segmentId: 's1', kind: 'paste' as const, chars: 1_234, at: Date.UTC(2026, 10, 20, 9, 0), text: MACHINE[0]!.slice(0, 300) },
      { segmentId: 's2', kind: 'burst' as const, chars: 420, charsPerSecond: 80, at: Date.UTC(2026, 10, 20, 9, 5), text: MACHINE[1]!.slice(0, 300) },
    ];
    const names = [...segments.map((s) => s.text.slice(0, 400)), 'Home › Hero'];
    const processes = [
      { available: true, inserts: 312, evidence },
      { available: true, inserts: 1, evidence: [] },
      { available: true, inserts: 5_000, evidence: [] },
      // Records keep the Docs reader's reason in English; the panel says it in the reader's language.
      { available: false, reason: 'Only people who can edit a document may read its writing history; you have view-only access.', inserts: 0, evidence: [] },
      { available: false, reason: 'The writing history could not be used: the revision history was not JSON.', inserts: 0, evidence: [] },
      { available: false, inserts: 0, evidence: [] },
      undefined,
    ];
    for (const process of processes) {
      p.show({ state: 'done', result: result({ highlights, imageSummary: t('images.summary', { parts: t('images.aiOf', { ai: 0, total: 1 }) }) }), segments, process });
      expect(leftover(p.host, names), JSON.stringify(process)?.slice(0, 60)).toEqual([]);
    }
    p.show({ state: 'done', result: result({ highlights }), segments, process: processes[0] });
    // An Unsure passage outlined for leaning machine is never called AI, in its line or in the heading.
    expect(text(p.host)).toContain(t('inpage.panel.flaggedWithUnsure', { n: 2 }));
    expect(text(p.host)).toContain(`${t('label.unsure')} · ${t('passages.probability', { p: '0,80' })}`);
    // The evidence is said in the panel, each kind in its own words.
    expect(text(p.host)).toContain(describeProcess(evidence[0]!));
    expect(text(p.host)).toContain(describeProcess(evidence[1]!));

    const copy = buttons(p.host).find((b) => b.textContent === t('inpage.panel.copyPassage'))!;
    expect(copy).toBeDefined();
    copy.click();
    await vi.waitFor(() => expect(text(p.host)).toContain(t('inpage.panel.copiedPassage')));
    expect(leftover(p.host, names)).toEqual([]);
    refuse = true;
    buttons(p.host).find((b) => b.textContent === t('inpage.panel.copyWords'))!.click();
    await vi.waitFor(() => expect(text(p.host)).toContain(t('inpage.panel.copyRefused')));
    expect(leftover(p.host, names)).toEqual([]);
  });
});

describe('the Docs and Figma content scripts, in Indonesian', () => {
  const ID = DOC_IDS.editor;
  const page = (url: string, html: string) => {
    const window = new Window({ url });
    captureShadows(window.Element.prototype as unknown as Element);
    window.document.write(html);
    return window.document as unknown as Document;
  };
  const json = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html' } });
  const host = (doc: Document, tag: string) => doc.querySelector(tag)!;
  const state = async (doc: Document, tag: string, wanted: string) => vi.waitFor(() => expect(roots.get(host(doc, tag))!.querySelector('section')!.dataset.state).toBe(wanted));

  it('Docs: reads, checks and says the result, the writing history and its steps; a refused export and a pasted selection too', async () => {
    let exportStatus = 200;
    let historyStatus = 200;
    vi.stubGlobal('fetch', async (url: string) => (url.includes('/export') ? json(exportHtml(), exportStatus) : json(revisionsJson(), historyStatus)));
    let release: () => void = () => undefined;
    const scans: { title: string }[] = [];
    let count = 0;
    answer = async (name, data) => {
      expect(name).toBe('platform.scan');
      scans.push(data.deliverable!.source);
      count = data.deliverable!.segments.length;
      await new Promise<void>((r) => (release = r));
      const segments = data.deliverable!.segments;
      const flagged = segments.filter((s) => MACHINE[0]!.startsWith(s.text.slice(0, 40)));
      return result({ passages: segments.length, highlights: flagged.map((s) => ({ id: s.id, label: 'ai' as const, probability: 0.97, reasons: REASONS })) });
    };
    const doc = page(`https://docs.google.com/document/d/${ID}/edit`, editorHtml(ID));
    const names = [...MACHINE, ...HUMAN].map((s) => s.slice(0, 400));
    const controller = new AbortController();
    const feature = docs.start({ doc, config: { enabled: true, autoScan: false, highlights: true }, signal: controller.signal });
    const panelHost = host(doc, 'assay-docs');
    expect(leftover(panelHost)).toEqual([]);

    feature.recheck();
    // While the check runs: its step, in words.
    await vi.waitFor(() => expect(scans.length).toBe(1));
    expect(text(panelHost)).toContain(plural('inpage.docs.checking', count));
    expect(leftover(panelHost)).toEqual([]);
    release();
    await state(doc, 'assay-docs', 'done');
    expect(text(panelHost)).toContain(t('dashboard.history.title'));
    expect(leftover(panelHost, names)).toEqual([]);

    // View-only access: the history is not available, and the panel says why.
    historyStatus = 403;
    feature.recheck();
    await vi.waitFor(() => expect(scans.length).toBe(2));
    release();
    await state(doc, 'assay-docs', 'done');
    expect(text(panelHost)).toContain(t('dashboard.history.reason.viewOnly'));
    expect(leftover(panelHost, names)).toEqual([]);

    // A refused export: blocked, with the paste box; a pasted selection is checked as such.
    exportStatus = 403;
    feature.recheck();
    await state(doc, 'assay-docs', 'blocked');
    expect(text(panelHost)).toContain(t('inpage.docs.refused'));
    expect(leftover(panelHost, names)).toEqual([]);
    const area = roots.get(panelHost)!.querySelector('textarea')!;
    area.value = HUMAN[1]!;
    buttons(panelHost).find((b) => b.textContent === t('inpage.panel.checkPasted'))!.click();
    await vi.waitFor(() => expect(scans.length).toBe(3));
    expect(scans[2]!.title).toBe(t('inpage.docs.pastedTitle', { title: 'Spring newsletter — Riverside Allotments' }));
    release();
    await state(doc, 'assay-docs', 'done');
    expect(text(panelHost)).toContain(t('dashboard.history.reason.pasted'));
    expect(leftover(panelHost, [...names, HUMAN[1]!])).toEqual([]);
    // Nothing pasted: blocked again, saying so.
    feature.recheck();
    await state(doc, 'assay-docs', 'blocked');
    roots.get(panelHost)!.querySelector('textarea')!.value = '   ';
    buttons(panelHost).find((b) => b.textContent === t('inpage.panel.checkPasted'))!.click();
    await state(doc, 'assay-docs', 'blocked');
    expect(text(panelHost)).toContain(t('inpage.docs.nothingPasted'));
    expect(leftover(panelHost)).toEqual([]);
    controller.abort();
  });

  it('Figma: the cost before a check, then what was read and what it cost, and a failed check', async () => {
    const read = { name: 'Harbour Street', version: '4411', cached: false, requests: 3, fileReads: 1, frames: 4, textNodes: 1, images: 2, hidden: 3, repeats: 1, truncated: true, readAt: Date.UTC(2026, 11, 1, 8, 30) };
    const passages = [{ id: 'f1', text: MACHINE[0]!, place: 'Landing › Hero' }];
    const imageSummary = t('images.summary', { parts: t('images.aiOf', { ai: 1, total: 2 }) });
    let cached = false;
    let fail = false;
    answer = async (name) => {
      expect(name).toBe('figma.check');
      if (fail) throw new Error('Figma answered 500.');
      return { result: result({ imageSummary, highlights: [{ id: 'f1', label: 'ai', probability: 0.93, reasons: REASONS }] }), passages, read: { ...read, cached, requests: cached ? 1 : 3, fileReads: cached ? 0 : 1 } };
    };
    const doc = page('https://www.figma.com/design/AbCdEf123456/Harbour-Street', '<!doctype html><html><body><canvas></canvas></body></html>');
    const controller = new AbortController();
    const feature = figma.start({ doc, config: { enabled: true, autoScan: false, highlights: true }, signal: controller.signal });
    const panelHost = host(doc, 'assay-figma');
    expect(text(panelHost)).toContain(t('inpage.figma.cost'));
    expect(leftover(panelHost)).toEqual([]);
    const names = [MACHINE[0]!.slice(0, 400), 'Landing › Hero'];
    for (const again of [false, true]) {
      cached = again;
      feature.recheck();
      await state(doc, 'assay-figma', 'done');
      const said = again
        ? t('inpage.figma.cached', { when: dateTime(read.readAt), version: '4411' })
        : t('inpage.figma.fresh', { version: '4411', reads: plural('inpage.figma.fileReads', 1), requests: plural('inpage.figma.requests', 3) });
      await vi.waitFor(() => expect(text(panelHost)).toContain(said));
      expect(text(panelHost)).toContain(t('inpage.figma.truncated', { n: MAX_NODES }));
      expect(leftover(panelHost, names)).toEqual([]);
      // The image summary is said once, with where the images were read.
      expect(text(panelHost).split(imageSummary).length - 1).toBe(1);
    }
    fail = true;
    feature.recheck();
    await state(doc, 'assay-figma', 'error');
    expect(leftover(panelHost, ['Figma answered 500.'])).toEqual([]);
    controller.abort();
  });

  it('Figma: the API’s problems, said by the background and shown in the panel, come from the catalogue', async () => {
    const p = createCanvasPanel(document, { tag: 'assay-figma', kind: 'file', canvasNote: t('inpage.figma.canvasNote'), paste: false }, { onOpen: () => undefined, onCheck: () => undefined, copy: async () => undefined });
    document.body.append(p.host);
    const where = { key: 'AbCdEf123456' };
    const cache = { get: async () => undefined, set: async () => undefined };
    const answering = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
    /** The message a read that must fail throws. */
    const failure = (read: Promise<unknown>) => read.then(() => 'read without a problem', (e: Error) => e.message);
    const problems = [
      ...[401, 404, 418, 503].map((status) => figmaProblem(status, new Headers())),
      ...['30', '600', '7200', '259200'].map((after) => figmaProblem(429, new Headers({ 'retry-after': after, 'x-figma-rate-limit-type': 'low' }))),
      await failure(readFigma(where, '', 'https://www.figma.com/design/AbCdEf123456', answering('{}'), cache)),
      await failure(readFigma(where, 'figd_token', 'https://www.figma.com/design/AbCdEf123456', answering('{"oops'), cache)),
      await failure(readFigma(where, 'figd_token', 'https://www.figma.com/design/AbCdEf123456', async () => Promise.reject(new Error('offline')), cache)),
    ];
    for (const message of problems) {
      p.show({ state: 'error', message });
      expect(leftover(p.host), message).toEqual([]);
    }
    // A shape Figma never sends: its detail is zod's, the sentence around it Assay's.
    const shape = await failure(readFigma(where, 'figd_token', 'https://www.figma.com/design/AbCdEf123456', answering('{"version": 7}'), cache));
    expect(shape.startsWith('⟦')).toBe(true);
  });

  it('Figma: says the layer limit the extractor keeps', () => {
    expect(figma.MAX_FIGMA_LAYERS).toBe(MAX_NODES);
  });
});

describe('with the real Indonesian catalogue', () => {
  beforeEach(() => {
    restore();
    setLocale('id');
  });

  it('the chip and the panel read as an Indonesian user reads them', () => {
    const c = createChip(document, { platform: 'Gmail', onCheck: () => undefined });
    document.body.append(c.host);
    expect(text(c.host)).toBe('Assay Periksa pesan ini');
    c.show({ state: 'done', result: result({ label: 'ai', probability: 0.97, aiShare: 0.8, passages: 3, judged: 3, remote: undefined }), excluded: 1, retry: () => undefined });
    expect(text(c.host)).toBe('Assay Kemungkinan AI · 80% AI probabilitas ditulis mesin 0,97 · 3 dari 3 paragraf dinilai · kutipan dan tanda tangan tidak ikut diperiksa Periksa lagi');

    const p = createCanvasPanel(document, { tag: 'assay-docs', kind: 'document', canvasNote: t('inpage.docs.canvasNote'), paste: true }, { onOpen: () => undefined, onCheck: () => undefined, copy: async () => undefined });
    document.body.append(p.host);
    p.show({
      state: 'done',
      result: result({ label: 'ai', probability: 0.97, aiShare: 0.8, passages: 1, judged: 1, highlights: [{ id: 's1', label: 'ai', probability: 0.97, reasons: REASONS.slice(0, 1) }] }),
      segments: [{ id: 's1', text: 'A passage.' }],
      process: { available: true, inserts: 40, evidence: [{ segmentId: 's1', kind: 'paste', chars: 1_234, at: Date.UTC(2026, 10, 20, 9, 0), text: 'A passage.' }] },
    });
    const said = text(p.host);
    for (const expected of [
      'Assay · Kemungkinan AI 80% AI',
      'Probabilitas teks ini ditulis mesin: 0,97. 1 dari 1 paragraf dinilai.',
      'Penilaian dengan 1 pendapat kedua (1 tidak bisa dipakai).',
      'Riwayat penulisan',
      '1 paragraf masuk lewat sekali tempel',
      'Paragraf berlabel AI (1)',
      'Kemungkinan AI · probabilitas 0,97',
      'kata-kata yang terlalu sering dipakai model bahasa: “pivotal”, “leveraging”',
      'riwayat penulisan: masuk lewat sekali tempel sebanyak 1.234 karakter (20/11/2026',
      'Salin paragraf',
      'Periksa lagi',
    ])
      expect(said).toContain(expected);
    // No English sentence is left: the words English says most are absent.
    expect(said.replace('A passage.', '').replace(/“[^”]*”/g, '')).not.toMatch(/\b(the|this|passages?|check|labelled|history|probability|judged|Copy|Likely)\b/i);
  });

  it('names untitled documents, frames and pages in Indonesian, and knows Docs’ Indonesian title', () => {
    expect(documentTitle('Proposal klien - Google Dokumen')).toBe('Proposal klien');
    expect(documentTitle(' - Google Dokumen')).toBe('Dokumen tanpa judul');
    const source = { kind: 'figma' as const, url: 'https://www.figma.com/design/AbCdEf123456', title: 'x' };
    const text = (id: string) => ({ id, name: '', type: 'TEXT', characters: `Words of layer ${id} that a designer wrote.` });
    const read = extractFigma([{ id: '0:1', name: '', type: 'CANVAS', children: [{ id: '1:1', name: '', type: 'FRAME', children: [text('1:2')] }, text('0:2')] }, { id: '0:3', name: 'Arsip', type: 'CANVAS', children: [text('0:4')] }], source);
    expect(read.passages.map((p) => p.frame)).toEqual(['Halaman tanpa judul › Frame tanpa judul', 'Halaman tanpa judul › di luar frame', 'Arsip › di luar frame']);
  });
});
