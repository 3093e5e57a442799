import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { FileReadError } from './types';
import { MAX_ARCHIVE_ENTRIES, MAX_COMPRESSION_RATIO, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, RATIO_CHECK_FROM_BYTES } from './limits';

/**
 * Unpacks a ZIP container (a .zip, a .docx, an .odt) with limits against zip bombs, counting the bytes
 * actually inflated rather than the sizes the archive declares (a bomb lies about those): an entry
 * past the per-file limit, an archive past its total, too many entries, or a compression ratio no
 * real document has stops the unpacking with a `zip-bomb` error. Entries are inflated as a stream, so
 * an oversized one is abandoned before it is held in memory.
 */
export interface ZipLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxEntries: number;
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: MAX_FILE_BYTES, maxTotalBytes: MAX_UNPACKED_BYTES, maxEntries: MAX_ARCHIVE_ENTRIES, maxRatio: MAX_COMPRESSION_RATIO };

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** The signature of the end-of-central-directory record, which every complete archive ends with. */
const EOCD = [0x50, 0x4b, 0x05, 0x06];
/** The record sits in the last 22 bytes plus a comment of up to 64 KiB. */
const EOCD_SEARCH = 22 + 65_535;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function hasEndRecord(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) if (EOCD.every((b, k) => bytes[i + k] === b)) return true;
  return false;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * The entries of an archive (directories left out), or a FileReadError: `corrupt` for a truncated or
 * damaged archive, `encrypted` for password-protected entries, `zip-bomb` past a limit.
 * `want` picks the entries to inflate (the others are skipped unread, and still count as entries).
 */
export function unzipGuarded(bytes: Uint8Array, what: string, want: (name: string) => boolean = () => true, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  if (!looksLikeZip(bytes)) throw new FileReadError('corrupt', `${what} is damaged: it does not start like a ZIP package`);
  if (!hasEndRecord(bytes)) throw new FileReadError('corrupt', `${what} is damaged or cut short: its ZIP directory is missing`);
  const entries: ZipEntry[] = [];
  const open = new Set<string>();
  let total = 0;
  let count = 0;
  let problem: FileReadError | undefined;
  const unzip = new Unzip((file) => {
    if (problem) return;
    if (++count > limits.maxEntries) {
      problem = new FileReadError('zip-bomb', `${what} holds more than ${limits.maxEntries.toLocaleString('en')} entries: not unpacked (a zip bomb or not a portfolio)`);
      return;
    }
    if (file.name.endsWith('/') || !want(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      problem = new FileReadError('corrupt', `${what}: ${file.name} uses a compression method Assay cannot unpack (${file.compression})`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    open.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = new FileReadError('corrupt', `${what} is damaged: ${file.name} cannot be unpacked (${error.message})`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes) problem = new FileReadError('zip-bomb', `${what}: ${file.name} unpacks to more than ${mb(limits.maxEntryBytes)}: not unpacked (a zip bomb?)`);
      else if (total > limits.maxTotalBytes) problem = new FileReadError('zip-bomb', `${what} unpacks to more than ${mb(limits.maxTotalBytes)}: not unpacked (a zip bomb?)`);
      else if (total > RATIO_CHECK_FROM_BYTES && total / bytes.length > limits.maxRatio)
        problem = new FileReadError('zip-bomb', `${what} unpacks to over ${limits.maxRatio} times its size: not unpacked (a zip bomb)`);
      if (problem) {
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        open.delete(file.name);
        entries.push({ name: file.name, bytes: concat(chunks, size) });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (!problem) {
      const message = error instanceof Error ? error.message : String(error);
      problem = /encrypt/i.test(message)
        ? new FileReadError('encrypted', `${what} is password-protected: Assay cannot read encrypted archives`)
        : new FileReadError('corrupt', `${what} is damaged: ${message}`);
    }
  }
  if (problem) throw problem;
  if (open.size > 0) throw new FileReadError('corrupt', `${what} is damaged or cut short: ${[...open][0]} ends early`);
  return entries;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
