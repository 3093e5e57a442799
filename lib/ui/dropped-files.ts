import { extractDeliverable } from '../extract/html';
import { markdownSegments, plainTextSegments } from '../extract/plain';
import { sniffMimeType } from '../provenance/sniff';
import { CERTIFICATE_EXTENSION, MAX_CERTIFICATE_BYTES } from '../certify/format';
import type { Deliverable } from '../schema/deliverable';
import { MAX_IMAGE_BYTES } from '../provenance';
import { t } from '../i18n';

/**
 * Files dropped into the dashboard's Certificates section, sorted into what each is: a certificate, a
 * text document (read by the same extractors as pages and the CLI, so passages hash the same), an
 * image (its bytes hashed and its provenance read), or a file Assay cannot read, said so by name and
 * never dropped silently.
 *
 * Text formats are readers in one list: `accepts` by name and first bytes, `read` to a Deliverable
 * (certify and verify take any Deliverable). Word, OpenDocument and PDF files are read by the audit's
 * readers (lib/extract/files), loaded when such a file is dropped, so a certificate and an audit read a
 * document the same way.
 */
export interface DroppedFileReader {
  id: string;
  accepts(name: string, head: Uint8Array): boolean;
  read(name: string, bytes: Uint8Array, parseHtml: (html: string) => Document): Promise<Deliverable> | Deliverable;
}

export type DroppedFile =
  | { kind: 'certificate'; name: string; text: string }
  | { kind: 'document'; name: string; deliverable: Deliverable }
  | { kind: 'image'; name: string; bytes: Uint8Array; mimeType: string }
  | { kind: 'unsupported'; name: string; reason: string };

/** Text files past this are not deliverables one signs: refused with the reason. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

function decodeUtf8(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(t('certify.file.notUtf8', { name }));
  }
}

const source = (name: string) => ({ kind: 'file' as const, url: name.slice(0, 4000), title: name.slice(0, 500) });

/** A document format the audit reads, read the same way here; its images are not part of the certificate. */
function documentReader(id: 'docx' | 'odt' | 'pdf', pattern: RegExp, magic?: (head: Uint8Array) => boolean): DroppedFileReader {
  return {
    id,
    accepts: (name, head) => pattern.test(name) || (magic?.(head) ?? false),
    read: async (name, bytes) => {
      const { FILE_READERS } = await import('../extract/files');
      const content = await FILE_READERS[id].read({ path: name, bytes });
      if (content.kind !== 'document') throw new Error(t('certify.file.notSingle', { name }));
      return { ...content.deliverable, source: { ...source(name), title: (content.meta.title || name).slice(0, 500) } };
    },
  };
}

const startsWith = (head: Uint8Array, text: string) => head.length >= text.length && [...text].every((ch, i) => head[i] === ch.charCodeAt(0));

export const DROPPED_TEXT_READERS: DroppedFileReader[] = [
  {
    id: 'html',
    accepts: (name) => /\.html?$/i.test(name),
    read: (name, bytes, parseHtml) => {
      const doc = parseHtml(decodeUtf8(name, bytes));
      return extractDeliverable(doc, { ...source(name), title: (doc.title || name).slice(0, 500) }).deliverable;
    },
  },
  { id: 'markdown', accepts: (name) => /\.(md|markdown)$/i.test(name), read: (name, bytes) => ({ source: source(name), segments: markdownSegments(decodeUtf8(name, bytes)) }) },
  { id: 'text', accepts: (name) => /\.txt$/i.test(name), read: (name, bytes) => ({ source: source(name), segments: plainTextSegments(decodeUtf8(name, bytes)) }) },
  // A ZIP package is told apart by its name: .docx and .odt are both ZIP files underneath.
  documentReader('docx', /\.docx$/i),
  documentReader('odt', /\.odt$/i),
  documentReader('pdf', /\.pdf$/i, (head) => startsWith(head, '%PDF-')),
];

export async function readDroppedFile(name: string, bytes: Uint8Array, parseHtml: (html: string) => Document, readers: readonly DroppedFileReader[] = DROPPED_TEXT_READERS): Promise<DroppedFile> {
  try {
    if (name.toLowerCase().endsWith(CERTIFICATE_EXTENSION)) {
      if (bytes.length > MAX_CERTIFICATE_BYTES) return { kind: 'certificate', name, text: ' '.repeat(MAX_CERTIFICATE_BYTES + 1) };
      return { kind: 'certificate', name, text: new TextDecoder().decode(bytes) };
    }
    const reader = readers.find((r) => r.accepts(name, bytes.subarray(0, 64)));
    if (reader) {
      if (bytes.length > MAX_TEXT_FILE_BYTES) return { kind: 'unsupported', name, reason: t('certify.file.tooLarge', { n: MAX_TEXT_FILE_BYTES / 1024 / 1024 }) };
      const deliverable = await reader.read(name, bytes, parseHtml);
      if (deliverable.segments.length === 0) return { kind: 'unsupported', name, reason: t('certify.file.noText') };
      return { kind: 'document', name, deliverable };
    }
    const mimeType = sniffMimeType(bytes);
    if (mimeType?.startsWith('image/')) {
      if (bytes.length > MAX_IMAGE_BYTES) return { kind: 'unsupported', name, reason: t('certify.file.tooLarge', { n: MAX_IMAGE_BYTES / 1024 / 1024 }) };
      return { kind: 'image', name, bytes, mimeType };
    }
    return { kind: 'unsupported', name, reason: t('certify.file.unsupported') };
  } catch (error) {
    return { kind: 'unsupported', name, reason: error instanceof Error ? error.message : String(error) };
  }
}
