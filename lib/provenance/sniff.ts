/**
 * The file's real type from its first bytes: a file name or a server's Content-Type can lie.
 *
 * `sniffMimeType` answers only for what provenance can read (images, PDF, and the audio and video
 * containers the C2PA reader supports); `sniffFile` also names what it cannot read (fonts, other
 * media, archives, programs) so a caller can refuse them with a clear message instead of treating
 * them as text. Signatures from each format's specification (RIFF, ISO BMFF `ftyp`, ID3v2 and the
 * MPEG audio frame header, OpenType, WOFF, ZIP, ELF…).
 */
const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

/** ISO BMFF major brands, by what they hold. */
const BMFF_IMAGE = new Set(['avif', 'avis', 'heic', 'heix', 'heim', 'heis', 'mif1', 'msf1']);
const BMFF_AUDIO = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ']);
const BMFF_QUICKTIME = new Set(['qt  ']);
/** QuickTime files from before `ftyp` begin with one of these top-level atoms. */
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

const be32 = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

function sniffBmff(bytes: Uint8Array): string | undefined {
  if (bytes.length < 12) return undefined;
  const type = ascii(bytes, 4, 4);
  // A real first box declares a size that fits the file (1 = a 64-bit size follows); text such as
  // "I'm free" has "free" at the same place but an absurd size.
  const size = be32(bytes, 0);
  if (size !== 1 && (size < 8 || size > bytes.length)) return undefined;
  if (type === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (BMFF_IMAGE.has(brand)) return brand.startsWith('avi') ? 'image/avif' : 'image/heic';
    if (BMFF_AUDIO.has(brand)) return 'audio/mp4';
    if (BMFF_QUICKTIME.has(brand)) return 'video/quicktime';
    return 'video/mp4';
  }
  if (QUICKTIME_ATOMS.has(type)) return 'video/quicktime';
  return undefined;
}

/**
 * An MPEG-1/2 audio frame header: 11 sync bits, a valid version, layer III, II or I, a valid bitrate
 * and sample rate. FF FE is also the UTF-16 byte-order mark; as a frame it would be MPEG-1 Layer I
 * without CRC, which nothing produces any more, so a file starting with it is read as text.
 */
function isMpegAudioFrame(bytes: Uint8Array): boolean {
  if (bytes[1] === 0xfe) return false;
  return bytes.length >= 4 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x18) !== 0x08 && (bytes[1]! & 0x06) !== 0 && (bytes[2]! & 0xf0) !== 0xf0 && (bytes[2]! & 0x0c) !== 0x0c;
}

export function sniffMimeType(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && ascii(bytes, 1, 3) === 'PNG' && bytes[0] === 0x89) return 'image/png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF') {
    const form = ascii(bytes, 8, 4);
    if (form === 'WEBP') return 'image/webp';
    if (form === 'WAVE') return 'audio/wav';
    if (form === 'AVI ') return 'video/avi';
  }
  if (bytes.length >= 5 && ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'image/gif';
  if (bytes.length >= 4 && (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*')) return 'image/tiff';
  const bmff = sniffBmff(bytes);
  if (bmff) return bmff;
  // ID3v2: "ID3", a major version 2–4 and a revision below 0xFF.
  if (bytes.length >= 10 && ascii(bytes, 0, 3) === 'ID3' && bytes[3]! >= 2 && bytes[3]! <= 4 && bytes[4]! < 0xff) return 'audio/mpeg';
  if (isMpegAudioFrame(bytes)) return 'audio/mpeg';
  // FLAC: "fLaC" then the STREAMINFO metadata block (type 0).
  if (bytes.length >= 8 && ascii(bytes, 0, 4) === 'fLaC' && (bytes[4]! & 0x7f) === 0) return 'audio/flac';
  return undefined;
}

export type FileKind = 'image' | 'pdf' | 'audio' | 'video' | 'font' | 'other-binary';

export interface SniffedFile {
  kind: FileKind;
  mimeType: string;
  /** The format in words, for messages ("OpenType font", "ZIP archive"). */
  format: string;
}

/**
 * An sfnt font header: the tag, a table count and the search range derived from it, which text that
 * merely starts with "true" or "OTTO" does not have.
 */
function isSfnt(bytes: Uint8Array, tags: string[]): boolean {
  if (bytes.length < 12 || !tags.includes(ascii(bytes, 0, 4))) return false;
  const tables = (bytes[4]! << 8) | bytes[5]!;
  const searchRange = (bytes[6]! << 8) | bytes[7]!;
  return tables > 0 && tables < 256 && searchRange === 16 * 2 ** Math.floor(Math.log2(tables));
}

/** A Windows program: "MZ" and, where the DOS header says, the "PE\0\0" signature. */
function isPortableExecutable(bytes: Uint8Array): boolean {
  if (bytes.length < 64 || ascii(bytes, 0, 2) !== 'MZ') return false;
  const at = bytes[0x3c]! | (bytes[0x3d]! << 8) | (bytes[0x3e]! << 16) | (bytes[0x3f]! << 24);
  return at > 0 && at + 4 <= bytes.length && ascii(bytes, at, 4) === 'PE\0\0';
}

/** Binary formats the C2PA reader cannot read, by their signature. */
const UNREADABLE: { test: (b: Uint8Array) => boolean; kind: FileKind; mimeType: string; format: string }[] = [
  { test: (b) => isSfnt(b, ['OTTO']), kind: 'font', mimeType: 'font/otf', format: 'OpenType font' },
  { test: (b) => isSfnt(b, ['\0\x01\0\0', 'true']), kind: 'font', mimeType: 'font/ttf', format: 'TrueType font' },
  { test: (b) => ascii(b, 0, 4) === 'ttcf' && b[4] === 0 && b[5]! <= 2, kind: 'font', mimeType: 'font/collection', format: 'font collection' },
  { test: (b) => ascii(b, 0, 4) === 'wOFF', kind: 'font', mimeType: 'font/woff', format: 'WOFF font' },
  { test: (b) => ascii(b, 0, 4) === 'wOF2', kind: 'font', mimeType: 'font/woff2', format: 'WOFF2 font' },
  { test: (b) => ascii(b, 0, 4) === 'OggS' && b[4] === 0, kind: 'other-binary', mimeType: 'audio/ogg', format: 'Ogg audio or video' },
  { test: (b) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3, kind: 'other-binary', mimeType: 'video/webm', format: 'WebM or Matroska video' },
  { test: (b) => ascii(b, 0, 4) === 'PK\x03\x04', kind: 'other-binary', mimeType: 'application/zip', format: 'ZIP archive (or a document packed as one)' },
  { test: (b) => b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08, kind: 'other-binary', mimeType: 'application/gzip', format: 'gzip archive' },
  { test: (b) => ascii(b, 0, 6) === '7z\xbc\xaf\x27\x1c', kind: 'other-binary', mimeType: 'application/x-7z-compressed', format: '7-Zip archive' },
  { test: (b) => ascii(b, 0, 6) === 'Rar!\x1a\x07', kind: 'other-binary', mimeType: 'application/vnd.rar', format: 'RAR archive' },
  { test: (b) => ascii(b, 0, 4) === '\x7fELF', kind: 'other-binary', mimeType: 'application/x-elf', format: 'program (ELF)' },
  { test: isPortableExecutable, kind: 'other-binary', mimeType: 'application/vnd.microsoft.portable-executable', format: 'Windows program' },
  { test: (b) => ascii(b, 0, 4) === '\0asm', kind: 'other-binary', mimeType: 'application/wasm', format: 'WebAssembly module' },
  { test: (b) => ascii(b, 0, 16) === 'SQLite format 3\0', kind: 'other-binary', mimeType: 'application/vnd.sqlite3', format: 'SQLite database' },
];

/**
 * What kind of file this is, when its first bytes say; `undefined` means no known binary signature
 * (text, or bytes of no known format, which the text path judges).
 */
export function sniffFile(bytes: Uint8Array): SniffedFile | undefined {
  const mimeType = sniffMimeType(bytes);
  if (mimeType) {
    const kind: FileKind = mimeType === 'application/pdf' ? 'pdf' : (mimeType.split('/')[0] as 'image' | 'audio' | 'video');
    return { kind, mimeType, format: mimeType };
  }
  if (bytes.length < 4) return undefined;
  const unreadable = UNREADABLE.find((u) => u.test(bytes));
  return unreadable && { kind: unreadable.kind, mimeType: unreadable.mimeType, format: unreadable.format };
}

/** The noun for a file of this type in a sentence: "image", "video", "audio", "document". */
export function mediaNoun(mimeType: string): 'image' | 'video' | 'audio' | 'document' {
  if (mimeType.startsWith('video/')) return 'video';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType === 'application/pdf') return 'document';
  return 'image';
}
