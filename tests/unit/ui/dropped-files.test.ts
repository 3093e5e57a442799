import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDroppedFile } from '../../../lib/ui/dropped-files';
import { buildDocx, buildOdt, buildPdf } from '../../files/build';

const PARAGRAPHS = [
  'The survey of the harbour walls took three mornings, because the tide only left the lower courses dry for an hour at a time.',
  'We found two places where the mortar had washed out completely and one where a stone had shifted by the width of a finger.',
];
const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

describe('dropped files for certificates: documents read as an audit reads them', () => {
  it.each([
    ['report.docx', () => buildDocx(PARAGRAPHS, { title: 'Harbour survey' })],
    ['report.odt', async () => buildOdt(PARAGRAPHS, { title: 'Harbour survey' })],
    ['report.pdf', () => buildPdf(PARAGRAPHS, { title: 'Harbour survey' })],
  ])('%s becomes a document with its paragraphs as passages', async (name, build) => {
    const read = await readDroppedFile(name, await build(), parseHtml);
    expect(read.kind).toBe('document');
    if (read.kind !== 'document') return;
    expect(read.deliverable.source).toMatchObject({ kind: 'file', url: name });
    const text = read.deliverable.segments.map((s) => s.text).join('\n');
    for (const paragraph of PARAGRAPHS) expect(text.replace(/\s+/g, ' ')).toContain(paragraph);
  });

  it('says why a damaged .docx cannot be certified, by name, instead of dropping it', async () => {
    const read = await readDroppedFile('broken.docx', new TextEncoder().encode('not a zip at all'), parseHtml);
    expect(read).toMatchObject({ kind: 'unsupported', name: 'broken.docx' });
    if (read.kind === 'unsupported') expect(read.reason.length).toBeGreaterThan(10);
  });

  it('names the formats it reads for a file it does not', async () => {
    const read = await readDroppedFile('sheet.xlsx', new Uint8Array([1, 2, 3, 4]), parseHtml);
    expect(read).toEqual({ kind: 'unsupported', name: 'sheet.xlsx', reason: expect.stringContaining('.docx, .odt, .pdf') });
  });
});
