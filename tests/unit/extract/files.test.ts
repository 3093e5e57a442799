import { readFileSync, existsSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractDeliverable } from '../../../lib/extract/html';
import { checkSize, FILE_FORMAT_IDS, FILE_READERS, FileReadError, formatByExtension, IMAGE_FORMAT, identifyFormat, readFileContent, type FileContent, type FileFormatId, type FileInput } from '../../../lib/extract/files';
import { parseHtml } from '../../../lib/extract/files/dom';
import { ownText } from '../../../lib/extract/files/eml';
import { pageParagraphs } from '../../../lib/extract/files/pdf';
import { unzipGuarded } from '../../../lib/extract/files/zip-guard';
import { sniffMimeType } from '../../../lib/provenance/sniff';
import { buildDocx, buildEml, buildOdt, buildPdf, buildZip, buildZipBomb } from '../../files/build';
import { png, tEXt } from '../provenance/build';

const root = new URL('../../../', import.meta.url).pathname;
const isMedia = (bytes: Uint8Array) => sniffMimeType(bytes)?.startsWith('image/') ?? false;
const enc = (text: string) => new TextEncoder().encode(text);

const PARAS = [
  'The quarterly review covered three product lines and the shipping delays that hit the northern warehouse in October.',
  'We spoke to the two drivers who had noticed the pallets stacked wrong, and their account matched the logs line for line.',
];

/** Reads a file the way an audit does: identified by its bytes and name, then its format's reader. */
async function read(file: FileInput): Promise<{ format: FileFormatId | undefined; content?: FileContent; error?: FileReadError }> {
  const format = identifyFormat(file, isMedia);
  if (!format || format === 'image') return { format };
  try {
    return { format, content: await readFileContent(format, file) };
  } catch (error) {
    if (error instanceof FileReadError) return { format, error };
    throw error;
  }
}

const texts = (content: FileContent | undefined) => (content?.kind === 'document' ? content.deliverable.segments.map((s) => s.text) : []);

/** One real file per format, written by the library that writes it: the registry's completeness test uses every one. */
const SAMPLES: Record<FileFormatId, () => Promise<{ path: string; bytes: Uint8Array }>> = {
  text: async () => ({ path: 'alice/notes.txt', bytes: enc(PARAS.join('\n\n')) }),
  markdown: async () => ({ path: 'alice/post.md', bytes: enc(`# Shipping delays\n\n${PARAS[0]}\n\n- ${PARAS[1]}\n`) }),
  html: async () => ({ path: 'bob/page.html', bytes: enc(`<!doctype html><html><head><title>Delays</title><meta name="author" content="Bob Stone"></head><body><nav>Home</nav><main><h1>Delays</h1><p>${PARAS[0]}</p><p>${PARAS[1]}</p></main></body></html>`) }),
  docx: async () => ({ path: 'carol/report.docx', bytes: await buildDocx(PARAS, { author: 'Carol Diaz', title: 'Q3 review', heading: 'Review', image: png(tEXt('parameters', 'a cat, Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Model: sd_xl_base')) }) }),
  odt: async () => ({ path: 'dan/essay.odt', bytes: buildOdt(PARAS, { author: 'Dan Ek', title: 'Essay', heading: 'Essay', listItems: ['first point of the list'] }) }),
  pdf: async () => ({ path: 'erin/brief.pdf', bytes: await buildPdf(PARAS, { author: 'Erin Fox', title: 'Brief', heading: 'Brief' }) }),
  eml: async () => ({
    path: 'inbox/delivery.eml',
    bytes: await buildEml({
      from: 'Frank Gale <frank@example.com>',
      subject: 'Final copy',
      text: `${PARAS[0]}\n\n${PARAS[1]}\n\n-- \nFrank Gale\nCopywriter\n`,
      attachments: [{ filename: 'draft.docx', content: await buildDocx(['An attached draft with its own paragraph of text.']) }],
    }),
  }),
  zip: async () => ({ path: 'portfolio.zip', bytes: buildZip({ 'alice/notes.txt': enc(PARAS.join('\n\n')), '__MACOSX/alice/._notes.txt': enc('x'), 'bob/page.md': enc(`# T\n\n${PARAS[1]}`) }) }),
  image: async () => ({ path: 'art/cover.png', bytes: png(tEXt('parameters', 'a cat, Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Model: sd_xl_base')) }),
};

describe('file readers: one per format, registered once', () => {
  it('has a reader (or the provenance reader, for images), a module, a built sample and a README line for every format', async () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    for (const id of FILE_FORMAT_IDS) {
      expect(SAMPLES[id], `a sample built for ${id}`).toBeTypeOf('function');
      if (id === 'image') {
        expect(IMAGE_FORMAT.extensions.length).toBeGreaterThan(0);
        continue;
      }
      const reader = FILE_READERS[id];
      expect(reader.id).toBe(id);
      expect(existsSync(`${root}lib/extract/files/${id === 'text' ? 'text' : id}.ts`), `lib/extract/files/${id}.ts`).toBe(true);
      for (const ext of reader.extensions) expect(formatByExtension(`x${ext}`)).toBe(id);
      expect(readme, `README names ${reader.extensions[0]}`).toContain(reader.extensions[0]);
    }
    // Every sample is identified as its own format, by its bytes and name.
    for (const id of FILE_FORMAT_IDS) expect((await read(await SAMPLES[id]())).format, id).toBe(id);
  });
});

describe('each format', () => {
  it('text and Markdown', async () => {
    expect(texts((await read(await SAMPLES.text())).content)).toEqual(PARAS);
    const md = await read(await SAMPLES.markdown());
    expect(md.content?.kind === 'document' && md.content.deliverable.segments.map((s) => s.kind)).toEqual(['heading', 'paragraph', 'list-item']);
    expect(md.content?.kind === 'document' && md.content.meta.title).toBe('Shipping delays');
  });

  it('HTML, with the author from its metadata and navigation left out', async () => {
    const { content } = await read(await SAMPLES.html());
    expect(texts(content)).toEqual(['Delays', ...PARAS]);
    expect(content?.kind === 'document' && content.meta).toEqual({ author: 'Bob Stone', title: 'Delays' });
  });

  it('extracts the same passages with linkedom (workers, CLI) as with a browser-like DOM', () => {
    for (const file of ['samples/deliverable.html', 'tests/fixtures/pages/french.html', 'tests/fixtures/pages/images.html']) {
      const html = readFileSync(`${root}${file}`, 'utf8');
      const source = { kind: 'file' as const, url: file, title: file };
      const window = new Window();
      const reference = extractDeliverable(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document, source).deliverable.segments;
      expect(extractDeliverable(parseHtml(html), source).deliverable.segments, file).toEqual(reference);
      expect(reference.length).toBeGreaterThan(1);
    }
  });

  it('.docx through mammoth: heading and paragraphs, the author from its core properties, the figure for provenance', async () => {
    const { content } = await read(await SAMPLES.docx());
    expect(content?.kind).toBe('document');
    if (content?.kind !== 'document') return;
    expect(content.deliverable.segments.map((s) => [s.kind, s.text])).toEqual([['heading', 'Review'], ['paragraph', PARAS[0]], ['paragraph', PARAS[1]]]);
    expect(content.meta).toEqual({ author: 'Carol Diaz', title: 'Q3 review' });
    expect(content.images).toHaveLength(1);
    expect(sniffMimeType(content.images[0]!.bytes)).toBe('image/png');
  });

  it('.odt: heading, paragraphs and list items, the author from meta.xml', async () => {
    const { content } = await read(await SAMPLES.odt());
    expect(content?.kind === 'document' && content.deliverable.segments.map((s) => [s.kind, s.text])).toEqual([['heading', 'Essay'], ['paragraph', PARAS[0]], ['paragraph', PARAS[1]], ['list-item', 'first point of the list']]);
    expect(content?.kind === 'document' && content.meta.author).toBe('Dan Ek');
  });

  it('.pdf through its text layer, with its author and title', async () => {
    const { content } = await read(await SAMPLES.pdf());
    expect(texts(content)).toEqual(['Brief', ...PARAS]);
    expect(content?.kind === 'document' && content.meta).toEqual({ author: 'Erin Fox', title: 'Brief' });
  });

  it('mends words hyphenated across PDF lines and splits paragraphs at wide gaps', () => {
    const item = (str: string, y: number, hasEOL = true) => ({ str, transform: [1, 0, 0, 12, 72, y], height: 12, hasEOL });
    expect(pageParagraphs([item('The ship-', 700), item('ment was late.', 686), item('A new paragraph.', 640)])).toEqual(['The shipment was late.', 'A new paragraph.']);
  });

  it('.eml through postal-mime: the sender’s own text without the signature, the sender, attachments as files of their own', async () => {
    const { content } = await read(await SAMPLES.eml());
    expect(content?.kind).toBe('document');
    if (content?.kind !== 'document') return;
    expect(texts(content)).toEqual(PARAS);
    expect(content.meta.sender).toBe('Frank Gale <frank@example.com>');
    expect(content.deliverable.source.title).toBe('Final copy');
    expect(content.notes).toContain('the signature was left out');
    expect(content.children.map((c) => c.path)).toEqual(['inbox/delivery.eml/draft.docx']);
    expect(texts((await read(content.children[0]!)).content)).toEqual(['An attached draft with its own paragraph of text.']);
  });

  it('leaves a reply’s quoted message out, in plain text and in HTML-only mail', async () => {
    expect(ownText(`Thanks, here it is.\n\nOn Mon, 30 Nov 2026 at 10:00, Client <c@x.com> wrote:\n> Can you send it?\n`)).toEqual({ text: 'Thanks, here it is.\n', notes: ['the quoted message it replies to was left out'] });
    expect(ownText('Mine.\n> theirs\nMine again.').text).toBe('Mine.\nMine again.');
    const html = await read({ path: 'r.eml', bytes: await buildEml({ from: 'g@example.com', subject: 'Re: copy', html: `<p>${PARAS[0]}</p><blockquote type="cite"><p>The client's own request, quoted.</p></blockquote>` }) });
    expect(texts(html.content)).toEqual([PARAS[0]]);
  });

  it('.zip: every file under the archive’s path, archiver noise left out and counted', async () => {
    const { content } = await read(await SAMPLES.zip());
    expect(content?.kind).toBe('archive');
    expect(content?.kind === 'archive' && content.children.map((c) => c.path)).toEqual(['portfolio.zip/alice/notes.txt', 'portfolio.zip/bob/page.md']);
    expect(content?.notes).toEqual(['1 archiver file (__MACOSX, .DS_Store) left out']);
  });

  it('keeps archive entries from climbing out of the archive’s path', async () => {
    const { content } = await read({ path: 'a.zip', bytes: buildZip({ '../../etc/passwd.txt': enc('root') }) });
    expect(content?.kind === 'archive' && content.children[0]!.path).toBe('a.zip/_/_/etc/passwd.txt');
  });
});

describe('bad input: a clear reason each', () => {
  const problem = async (file: FileInput) => (await read(file)).error;

  it('an encrypted PDF', async () => {
    const error = await problem({ path: 'locked.pdf', bytes: await buildPdf(PARAS, { userPassword: 'secret' }) });
    expect(error?.problem).toBe('encrypted');
    expect(error?.message).toMatch(/password-protected/);
  });

  it('a corrupt PDF (cut short) and bytes named .pdf that are not one', async () => {
    const pdf = await buildPdf(PARAS);
    expect((await problem({ path: 'cut.pdf', bytes: pdf.subarray(0, 300) }))?.problem).toBe('corrupt');
    expect((await problem({ path: 'fake.pdf', bytes: enc('not a pdf at all') }))?.problem).toBe('corrupt');
  });

  it('a scanned PDF: "no text layer — scanned image" instead of a verdict on nothing', async () => {
    const jpeg = new Uint8Array(readFileSync(`${root}tests/fixtures/images/no_manifest.jpg`));
    const error = await problem({ path: 'scan.pdf', bytes: await buildPdf([], { scannedImage: jpeg }) });
    expect(error?.problem).toBe('no-text-layer');
    expect(error?.message).toContain('no text layer — scanned image');
  });

  it('a corrupt .docx: cut short, or a ZIP without a document', async () => {
    const docx = await buildDocx(PARAS);
    expect((await problem({ path: 'cut.docx', bytes: docx.subarray(0, Math.floor(docx.length / 2)) }))?.problem).toBe('corrupt');
    const error = await problem({ path: 'empty.docx', bytes: buildZip({ 'hello.txt': enc('hi') }) });
    expect(error?.message).toMatch(/not a Word document/);
  });

  it('a zip bomb, as a .zip and inside a .docx', async () => {
    const error = await problem({ path: 'bomb.zip', bytes: buildZipBomb(20) });
    expect(error?.problem).toBe('zip-bomb');
    const docx = await buildDocx(PARAS);
    const entries = Object.fromEntries(unzipGuarded(docx, 'x').map((e) => [e.name, e.bytes]));
    const bombed = buildZip({ ...entries, 'word/media/huge.bin': new Uint8Array(20 * 1024 * 1024) });
    expect((await problem({ path: 'bomb.docx', bytes: bombed }))?.problem).toBe('zip-bomb');
  });

  it('bounds the entries and the total of an archive, counting inflated bytes, not declared sizes', () => {
    const many = buildZip(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, enc('x')])));
    expect(() => unzipGuarded(many, 'many.zip', undefined, { maxEntries: 10, maxEntryBytes: 1e9, maxTotalBytes: 1e9, maxRatio: 1e9 })).toThrow(/more than 10 entries/);
    const big = buildZip({ 'a.txt': new Uint8Array(3000).fill(65), 'b.txt': new Uint8Array(3000).fill(66) });
    expect(() => unzipGuarded(big, 'big.zip', undefined, { maxEntries: 10, maxEntryBytes: 4000, maxTotalBytes: 5000, maxRatio: 1e9 })).toThrow(/unpacks to more than/);
  });

  it('an unknown type, an empty file, a file over the size limit, text that is not UTF-8', async () => {
    expect(identifyFormat({ path: 'sheet.xlsx', bytes: buildZip({ 'xl/workbook.xml': enc('<x/>') }) }, isMedia)).toBeUndefined();
    expect(identifyFormat({ path: 'blob.bin', bytes: new Uint8Array([0, 1, 2, 3, 0, 5]) }, isMedia)).toBeUndefined();
    expect(() => checkSize('empty.txt', 0)).toThrow(/empty \(0 bytes\)/);
    expect(() => checkSize('huge.pdf', 200 * 1024 * 1024)).toThrow(/200 MB, over the 50 MB limit/);
    expect((await problem({ path: 'latin1.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]) }))?.problem).toBe('not-text');
  });

  it('tells text, HTML and mail apart by their first bytes when the name says nothing', () => {
    expect(identifyFormat({ path: 'noext', bytes: enc('<!doctype html><p>x</p>') }, isMedia)).toBe('html');
    expect(identifyFormat({ path: 'noext', bytes: enc('From: a@b.c\nSubject: x\n\nbody') }, isMedia)).toBe('eml');
    expect(identifyFormat({ path: 'noext', bytes: enc('just words') }, isMedia)).toBe('text');
  });
});
