import { t, type MessageKey } from '../i18n';
import type { SniffedFile } from '../provenance';

/**
 * The names of the binary formats the file sniffer recognises and Assay cannot read, by MIME type, in
 * the terminal's language (lib/provenance/sniff.ts names them in English, for its own records).
 */
const FORMAT_NAMES: Record<string, MessageKey> = {
  'font/otf': 'cli.format.otf',
  'font/ttf': 'cli.format.ttf',
  'font/collection': 'cli.format.fontCollection',
  'font/woff': 'cli.format.woff',
  'font/woff2': 'cli.format.woff2',
  'audio/ogg': 'cli.format.ogg',
  'video/webm': 'cli.format.webm',
  'application/zip': 'cli.format.zip',
  'application/gzip': 'cli.format.gzip',
  'application/x-7z-compressed': 'cli.format.sevenZip',
  'application/vnd.rar': 'cli.format.rar',
  'application/x-elf': 'cli.format.elf',
  'application/vnd.microsoft.portable-executable': 'cli.format.windows',
  'application/wasm': 'cli.format.wasm',
  'application/vnd.sqlite3': 'cli.format.sqlite',
};

/** A sniffed file's format in words; a format without a name here is said by its MIME type, as the sniffer does. */
export function formatName(file: Pick<SniffedFile, 'mimeType' | 'format'>): string {
  const key = FORMAT_NAMES[file.mimeType];
  return key ? t(key) : file.format;
}
