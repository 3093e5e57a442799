import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect';
import { FILE_READERS } from '../../../lib/extract/files';
import { sha256Hex } from '../../../lib/hash';
import { loadC2paReaderNode } from '../../../lib/provenance/c2pa-node';
import { auditFile, type AuditEnv } from '../../../lib/scan/audit';
import { deliverableText } from '../../../lib/scan/service';
import { AuditItemSchema } from '../../../lib/audit/schema';
import { buildDocx, buildEml, buildPdf, buildZip, buildZipBomb } from '../../files/build';
import { png, tEXt } from '../provenance/build';

const root = new URL('../../../', import.meta.url).pathname;
const human = readFileSync(`${root}tests/fixtures/detect/human.txt`, 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const machine = readFileSync(`${root}tests/fixtures/detect/machine.txt`, 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const enc = (text: string) => new TextEncoder().encode(text);
const env: AuditEnv = { sensitivity: 'cautious', loadC2pa: loadC2paReaderNode, now: () => performance.now() };
const aiPng = png(tEXt('parameters', 'a cat, Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Model: sd_xl_base'));

describe('auditFile: one file through the one scan pipeline', () => {
  it('gives a .docx the verdict the detector gives its passages, the scan service’s content hash, its figure’s provenance and no certificate', async () => {
    const bytes = await buildDocx(machine, { author: 'Carol Diaz', image: aiPng });
    const [outcome, ...rest] = await auditFile({ path: 'carol/report.docx', bytes }, env);
    expect(rest).toEqual([]);
    const { item, record } = outcome!;
    AuditItemSchema.parse(item);
    const content = await FILE_READERS.docx.read({ path: 'carol/report.docx', bytes });
    if (content.kind !== 'document') throw new Error('not a document');
    const expected = detect(content.deliverable.segments, { sensitivity: 'cautious' });
    expect(item).toMatchObject({ state: 'done', format: 'docx', label: expected.document.label, probability: expected.document.probability, aiShare: expected.document.aiShare, meta: { author: 'Carol Diaz' }, certificate: { status: 'none' } });
    expect(item.contentHash).toBe(await sha256Hex(deliverableText(content.deliverable)));
    expect(record?.segments.map((s) => s.text)).toEqual(content.deliverable.segments.map((s) => s.text));
    expect(item.images).toMatchObject({ total: 1, ai: 1, unread: 0 });
    expect(record?.images[0]?.provenance?.verdict).toBe('ai-generated');
    // Flagged passages are the likeliest machine-written of those labelled AI or unsure, best first.
    const flagged = expected.segments.filter((s) => s.label === 'ai' || s.label === 'unsure');
    expect(item.flagged?.length ?? 0).toBe(Math.min(5, flagged.length));
  });

  it('lists an archive and every file in it, each with its own verdict or reason, and recurses into a mail’s attachments', async () => {
    const mail = await buildEml({ from: 'Frank <f@example.com>', subject: 'Copy', text: human.join('\n\n'), attachments: [{ filename: 'draft.docx', content: await buildDocx(machine) }] });
    const zip = buildZip({
      'alice/essay.md': enc(`# Essay\n\n${human.join('\n\n')}`),
      'alice/cover.png': aiPng,
      'bob/mail.eml': mail,
      'bob/empty.txt': new Uint8Array(0),
      'bob/locked.pdf': await buildPdf(human, { userPassword: 'pw' }),
      'bob/inner.zip': buildZipBomb(20),
      'bob/sheet.xlsx': buildZip({ 'xl/workbook.xml': enc('<x/>') }),
    });
    const outcomes = await auditFile({ path: 'portfolio.zip', bytes: zip }, env);
    const byPath = Object.fromEntries(outcomes.map((o) => [o.item.path, o.item]));
    expect(Object.keys(byPath)).toEqual([
      'portfolio.zip',
      'portfolio.zip/alice/essay.md',
      'portfolio.zip/alice/cover.png',
      'portfolio.zip/bob/mail.eml',
      'portfolio.zip/bob/mail.eml/draft.docx',
      'portfolio.zip/bob/empty.txt',
      'portfolio.zip/bob/locked.pdf',
      'portfolio.zip/bob/inner.zip',
      'portfolio.zip/bob/sheet.xlsx',
    ]);
    for (const item of Object.values(byPath)) AuditItemSchema.parse(item);
    expect(byPath['portfolio.zip']).toMatchObject({ state: 'done', format: 'zip', label: 'unknown' });
    expect(byPath['portfolio.zip/alice/essay.md']).toMatchObject({ state: 'done', format: 'markdown', parent: 'portfolio.zip' });
    expect(byPath['portfolio.zip/alice/cover.png']).toMatchObject({ state: 'done', format: 'image', provenance: 'ai-generated', images: { total: 1, ai: 1 } });
    expect(byPath['portfolio.zip/bob/mail.eml']).toMatchObject({ state: 'done', format: 'eml', meta: { sender: 'Frank <f@example.com>' } });
    expect(byPath['portfolio.zip/bob/mail.eml/draft.docx']).toMatchObject({ state: 'done', format: 'docx', parent: 'portfolio.zip/bob/mail.eml' });
    expect(byPath['portfolio.zip/bob/empty.txt']).toMatchObject({ state: 'failed', problem: 'empty' });
    expect(byPath['portfolio.zip/bob/locked.pdf']).toMatchObject({ state: 'failed', problem: 'encrypted' });
    expect(byPath['portfolio.zip/bob/inner.zip']).toMatchObject({ state: 'failed', problem: 'zip-bomb' });
    expect(byPath['portfolio.zip/bob/sheet.xlsx']).toMatchObject({ state: 'failed', problem: 'unknown-type' });
    expect(byPath['portfolio.zip/bob/sheet.xlsx']!.error).toMatch(/ZIP-based file \(\.xlsx\)/);
  });

  it('asks the certificate slot for each file when a checker is plugged in, and says so when it fails', async () => {
    const bytes = enc(human.join('\n\n'));
    const [ok] = await auditFile({ path: 'a.txt', bytes }, { ...env, certificate: async () => ({ status: 'valid', detail: 'signed by Alice' }) });
    expect(ok!.item.certificate).toEqual({ status: 'valid', detail: 'signed by Alice' });
    const [broken] = await auditFile({ path: 'a.txt', bytes }, { ...env, certificate: async () => Promise.reject(new Error('x')) });
    expect(broken!.item.certificate.status).toBe('unchecked');
  });

  it('gives the same content hash to the same words in another format, so a re-saved file is unchanged', async () => {
    const [md] = await auditFile({ path: 'x.txt', bytes: enc(human.join('\n\n')) }, env);
    const [docx] = await auditFile({ path: 'x.docx', bytes: await buildDocx(human) }, env);
    expect(md!.item.contentHash).toBe(docx!.item.contentHash);
    expect(md!.item.fileHash).not.toBe(docx!.item.fileHash);
  });
});
