import { docxReader } from './docx';
import { emlReader } from './eml';
import { htmlReader } from './html';
import { markdownReader } from './markdown';
import { odtReader } from './odt';
import { pdfReader } from './pdf';
import { textReader } from './text';
import { zipReader } from './zip';
import { looksLikeZip } from './zip-guard';
import { MAX_FILE_BYTES } from './limits';
import { baseName, FileReadError, type FileContent, type FileFormatId, type FileInput, type FileReader } from './types';

export * from './types';
export { MAX_FILE_BYTES } from './limits';

/**
 * Every file format an audit reads, registered once (tests/unit/extract/files.test.ts fails when a
 * format id has no entry here, no test file built by a real writer, or no line in the README).
 * Images are the provenance reader's (lib/provenance): listed here so that every surface names the
 * same formats, and read by the audit, which sits above both.
 */
export const FILE_READERS: Record<Exclude<FileFormatId, 'image'>, FileReader> = {
  text: textReader,
  markdown: markdownReader,
  html: htmlReader,
  docx: docxReader,
  odt: odtReader,
  pdf: pdfReader,
  eml: emlReader,
  zip: zipReader,
};

export const IMAGE_FORMAT = { id: 'image' as const, name: 'Image', extensions: ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.tif', '.tiff', '.heic', '.heif', '.avif'] };

export const formatName = (id: FileFormatId) => (id === 'image' ? IMAGE_FORMAT.name : FILE_READERS[id].name);

const extensionOf = (path: string) => /\.[^./]+$/.exec(baseName(path).toLowerCase())?.[0] ?? '';

/** The format whose extension a name ends in. */
export function formatByExtension(path: string): FileFormatId | undefined {
  const ext = extensionOf(path);
  if (!ext) return undefined;
  if (IMAGE_FORMAT.extensions.includes(ext)) return 'image';
  return (Object.values(FILE_READERS).find((reader) => reader.extensions.includes(ext)) ?? undefined)?.id;
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

/** A ZIP package's kind from the names in it, without unpacking anything. */
function zipKind(bytes: Uint8Array): 'docx' | 'odt' | undefined {
  if (ascii(bytes, 30, 47) === 'mimetypeapplication/vnd.oasis.opendocument.text') return 'odt';
  // Entry names are stored as plain text in each local header and in the central directory.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1_048_576)));
  return tail.includes('word/document.xml') ? 'docx' : undefined;
}

/** What a server's Content-Type says, for an address with no file name. */
const MIME_FORMATS: Record<string, FileFormatId> = { 'text/html': 'html', 'application/xhtml+xml': 'html', 'text/markdown': 'markdown', 'text/plain': 'text', 'message/rfc822': 'eml' };

/** Mail headers a saved message starts with. */
const MAIL_HEADER = /^(Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|X-[\w-]+):[^\n]*\n/i;

/**
 * Which reader takes a file: the bytes decide before the name (a .txt that is a PDF is a PDF), and
 * `isMedia` (the provenance reader's sniffing, passed in by the caller) claims images. Undefined for
 * a type Assay does not read.
 */
export function identifyFormat(file: FileInput, isMedia: (bytes: Uint8Array) => boolean): FileFormatId | undefined {
  const { bytes, path } = file;
  const byName = formatByExtension(path);
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (looksLikeZip(bytes)) {
    const kind = zipKind(bytes);
    if (kind) return kind;
    if (byName === 'docx' || byName === 'odt' || byName === 'zip' || !extensionOf(path)) return byName ?? 'zip';
    // A spreadsheet, a slide deck, an e-book: ZIP packages Assay does not read.
    return undefined;
  }
  if (isMedia(bytes)) return 'image';
  if (byName && byName !== 'image' && byName !== 'zip' && byName !== 'docx' && byName !== 'odt' && byName !== 'pdf') return byName;
  if (byName) return byName; // named as a binary format but not one: its reader says it is damaged
  const declared = MIME_FORMATS[file.mimeType?.split(';')[0]?.trim().toLowerCase() ?? ''];
  if (declared) return declared;
  // No known name: the first bytes of text decide.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (head.includes('\u0000') || head.includes('\uFFFD')) return undefined;
  const start = head.trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (MAIL_HEADER.test(head) && /\n\r?\n/.test(head)) return 'eml';
  if (/^#{1,6}\s/m.test(head)) return 'markdown';
  return 'text';
}

/** What a type nobody reads is called in its message. */
export function unknownTypeMessage(path: string, bytes: Uint8Array): string {
  const ext = extensionOf(path);
  const what = looksLikeZip(bytes) ? `a ZIP-based file${ext ? ` (${ext})` : ''}` : ext ? `a ${ext} file` : 'a file of unknown type';
  return `${path} is ${what}: Assay audits .txt, .md, .html, .docx, .odt, .pdf, .eml, images and .zip archives of them`;
}

/** Checks every file gets before its reader: empty, or past the size limit. */
export function checkSize(path: string, size: number): void {
  if (size === 0) throw new FileReadError('empty', `${path} is empty (0 bytes): there is nothing to judge`);
  if (size > MAX_FILE_BYTES)
    throw new FileReadError('too-large', `${path} is ${Math.round(size / 1024 / 1024)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for one file: not read`);
}

/** Reads a document or archive with its format's reader (images go to the provenance reader instead). */
export function readFileContent(format: Exclude<FileFormatId, 'image'>, file: FileInput): Promise<FileContent> {
  return FILE_READERS[format].read(file);
}
