import { extractDeliverable } from '../extract/html';
import { markdownSegments, plainTextSegments } from '../extract/plain';
import { sniffMimeType } from '../provenance/sniff';
import { CERTIFICATE_EXTENSION, MAX_CERTIFICATE_BYTES } from '../certify/format';
import type { Deliverable } from '../schema/deliverable';
import { MAX_IMAGE_BYTES } from '../provenance';

/**
 * Files dropped into the dashboard's Certificates section, sorted into what each is: a certificate, a
 * text document (read by the same extractors as pages and the CLI, so passages hash the same), an
 * image (its bytes hashed and its provenance read), or a file Assay cannot read, said so by name and
 * never dropped silently.
 *
 * Text formats are readers in one list. The .docx and .pdf readers being written in lib/extract/files/
 * plug in by adding an entry to DROPPED_TEXT_READERS: `accepts` by name and first bytes, `read` to a
 * Deliverable; nothing else changes (certify and verify take any Deliverable).
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
    throw new Error(`${name} is not UTF-8 text: save it as UTF-8`);
  }
}

const source = (name: string) => ({ kind: 'file' as const, url: name.slice(0, 4000), title: name.slice(0, 500) });

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
];

/** Formats people will drop whose reader has not landed yet: named, so the message says what to do. */
const NOT_YET: [RegExp, string][] = [
  [/\.docx$/i, 'Assay cannot read .docx text here yet: save it as .html, .md or .txt and drop that'],
  [/\.pdf$/i, 'Assay cannot read PDF text here yet: drop the text as .html, .md or .txt'],
];

export async function readDroppedFile(name: string, bytes: Uint8Array, parseHtml: (html: string) => Document, readers: readonly DroppedFileReader[] = DROPPED_TEXT_READERS): Promise<DroppedFile> {
  try {
    if (name.toLowerCase().endsWith(CERTIFICATE_EXTENSION)) {
      if (bytes.length > MAX_CERTIFICATE_BYTES) return { kind: 'certificate', name, text: ' '.repeat(MAX_CERTIFICATE_BYTES + 1) };
      return { kind: 'certificate', name, text: new TextDecoder().decode(bytes) };
    }
    const reader = readers.find((r) => r.accepts(name, bytes.subarray(0, 64)));
    if (reader) {
      if (bytes.length > MAX_TEXT_FILE_BYTES) return { kind: 'unsupported', name, reason: `larger than ${MAX_TEXT_FILE_BYTES / 1024 / 1024} MB` };
      const deliverable = await reader.read(name, bytes, parseHtml);
      if (deliverable.segments.length === 0) return { kind: 'unsupported', name, reason: 'it has no text to certify' };
      return { kind: 'document', name, deliverable };
    }
    const mimeType = sniffMimeType(bytes);
    if (mimeType?.startsWith('image/')) {
      if (bytes.length > MAX_IMAGE_BYTES) return { kind: 'unsupported', name, reason: `larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB` };
      return { kind: 'image', name, bytes, mimeType };
    }
    const later = NOT_YET.find(([pattern]) => pattern.test(name));
    return { kind: 'unsupported', name, reason: later ? later[1] : 'not a certificate, a text file (.txt, .md, .html) or an image' };
  } catch (error) {
    return { kind: 'unsupported', name, reason: error instanceof Error ? error.message : String(error) };
  }
}
