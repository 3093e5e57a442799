/**
 * Files for the audit's tests and benchmark, written by the libraries that write these formats (no
 * hand-made bytes): `docx` for Word documents, `pdfkit` for PDFs (encrypted ones too), nodemailer's
 * MailComposer for .eml, fflate for ZIP packages. The ODF package is fflate's ZIP around XML written to
 * the OpenDocument schema (no well-kept library writes .odt).
 */
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import MailComposer from 'nodemailer/lib/mail-composer';
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface DocOptions {
  author?: string;
  title?: string;
  heading?: string;
  /** A PNG or JPEG shown in the document. */
  image?: Uint8Array;
}

export async function buildDocx(paragraphs: readonly string[], options: DocOptions = {}): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  if (options.heading) children.push(new Paragraph({ text: options.heading, heading: HeadingLevel.HEADING_1 }));
  for (const text of paragraphs) children.push(new Paragraph({ text }));
  if (options.image) children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: options.image, transformation: { width: 120, height: 120 } })] }));
  const doc = new Document({ creator: options.author ?? '', title: options.title ?? '', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export interface PdfOptions extends DocOptions {
  /** Encrypts the PDF so that it needs this password to open. */
  userPassword?: string;
  /** Pages of this image and no text: a scanned document. */
  scannedImage?: Uint8Array;
}

export function buildPdf(paragraphs: readonly string[], options: PdfOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      info: { ...(options.author ? { Author: options.author } : {}), ...(options.title ? { Title: options.title } : {}) },
      ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner`, pdfVersion: '1.7' as const } : {}),
      compress: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    if (options.scannedImage) doc.image(Buffer.from(options.scannedImage), 50, 50, { width: 400 });
    else {
      if (options.heading) doc.fontSize(18).text(options.heading).moveDown().fontSize(12);
      for (const text of paragraphs) doc.text(text).moveDown();
    }
    doc.end();
  });
}

export interface MailOptions {
  from: string;
  subject: string;
  text?: string;
  html?: string;
  attachments?: { filename: string; content: Uint8Array; contentType?: string; cid?: string }[];
}

export async function buildEml(options: MailOptions): Promise<Uint8Array> {
  const mail = new MailComposer({
    from: options.from,
    to: 'agency@example.com',
    subject: options.subject,
    date: new Date('2026-11-30T10:00:00Z'),
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.html !== undefined ? { html: options.html } : {}),
    attachments: (options.attachments ?? []).map((a) => ({ filename: a.filename, content: Buffer.from(a.content), ...(a.contentType ? { contentType: a.contentType } : {}), ...(a.cid ? { cid: a.cid } : {}) })),
  });
  return new Uint8Array(await mail.compile().build());
}

export function buildZip(files: Record<string, Uint8Array>): Uint8Array {
  const tree: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) tree[name] = bytes;
  return zipSync(tree);
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function buildOdt(paragraphs: readonly string[], options: DocOptions & { listItems?: string[] } = {}): Uint8Array {
  const body = [
    options.heading ? `<text:h text:outline-level="1">${xmlEscape(options.heading)}</text:h>` : '',
    ...paragraphs.map((p) => `<text:p>${xmlEscape(p)}</text:p>`),
    options.listItems ? `<text:list>${options.listItems.map((i) => `<text:list-item><text:p>${xmlEscape(i)}</text:p></text:list-item>`).join('')}</text:list>` : '',
  ].join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta>${options.author ? `<meta:initial-creator>${xmlEscape(options.author)}</meta:initial-creator>` : ''}${options.title ? `<dc:title>${xmlEscape(options.title)}</dc:title>` : ''}</office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  // ODF requires `mimetype` first and stored uncompressed, so a reader can tell the package by its first bytes.
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'meta.xml': strToU8(meta),
    'META-INF/manifest.xml': strToU8(manifest),
  });
}

/** A ZIP that inflates to `megabytes` of zeros from a few kilobytes: a zip bomb. */
export function buildZipBomb(megabytes = 64): Uint8Array {
  return zipSync({ 'payload.txt': new Uint8Array(megabytes * 1024 * 1024) }, { level: 9 });
}
