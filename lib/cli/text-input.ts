import { t, type MessageKey } from '../i18n';
import { EXIT, InputError } from './exit-codes';

/**
 * Whether bytes are text the detector can judge, and the text. Shared by every command that reads
 * text; a branch that reads media (images, PDF, audio, video) runs before it, since those formats are
 * binary by nature. Everything else binary is refused with a message, never scanned as text.
 */

/** Control characters (other than tab, newlines, form feed, escape) past this share mean "not text". */
const MAX_CONTROL_SHARE = 0.01;
/** The share is measured on the first bytes: enough to tell, fast on a huge file. */
const CONTROL_SAMPLE_BYTES = 65_536;

/** A few binary formats people hand a text tool, named so the message says what the file is. */
const KNOWN_BINARY: { magic: number[]; name: MessageKey }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], name: 'cli.binary.zip' },
  { magic: [0x1f, 0x8b], name: 'cli.binary.gzip' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], name: 'cli.binary.oldOffice' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], name: 'cli.binary.elf' },
  { magic: [0x4d, 0x5a], name: 'cli.binary.windows' },
  { magic: [0x77, 0x4f, 0x46, 0x46], name: 'cli.binary.woff' },
  { magic: [0x77, 0x4f, 0x46, 0x32], name: 'cli.binary.woff2' },
  { magic: [0x4f, 0x54, 0x54, 0x4f], name: 'cli.binary.otf' },
  { magic: [0x00, 0x01, 0x00, 0x00, 0x00], name: 'cli.binary.ttf' },
];

function knownBinary(bytes: Uint8Array): string | undefined {
  const name = KNOWN_BINARY.find(({ magic }) => magic.every((b, i) => bytes[i] === b))?.name;
  return name && t(name);
}

/** Names of the formats the image reader takes: a file named so whose bytes are not one gets told so. */
const IMAGE_OR_PDF_NAME = /\.(jpe?g|png|webp|gif|tiff?|heic|heif|avif|pdf)$/i;

function nameHint(name: string): string {
  const ext = IMAGE_OR_PDF_NAME.exec(name)?.[0];
  return ext ? t('cli.binary.nameHint', { ext }) : '';
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: length and the allowed range of the first continuation byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** In UTF-8 every byte below 0x80 is that ASCII character, so control characters can be counted on bytes. */
function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f;
}

/**
 * Why bytes (all of a file, or its head) are binary rather than text, or undefined: a well-known binary
 * format, a zero byte, or too many control characters.
 */
export function binaryProblem(bytes: Uint8Array, name: string): InputError | undefined {
  const known = knownBinary(bytes);
  if (known) return new InputError(t('cli.binary.known', { name, format: known }), EXIT.UNUSABLE);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return new InputError(t('cli.binary.zeroByte', { name, offset: nul, hint: nameHint(name) }), EXIT.UNUSABLE);
  const sample = bytes.subarray(0, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) if (isControl(byte)) controls++;
  if (controls / sample.length > MAX_CONTROL_SHARE)
    return new InputError(t('cli.binary.controls', { name, n: controls, bytes: sample.length, hint: nameHint(name) }), EXIT.UNUSABLE);
  return undefined;
}

/**
 * The text of a file or stdin (named `name` in messages), or an InputError saying why it is not text:
 * empty, binary (with the format when it is a well-known one), or not valid UTF-8 (with where).
 * A UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is read as such.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(t('cli.input.empty', { name }), EXIT.UNUSABLE);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(bytes, 'utf-16le', name);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(bytes, 'utf-16be', name);
  else {
    const binary = binaryProblem(bytes, name);
    if (binary) throw binary;
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
      throw new InputError(
        nameHint(name)
          ? t('cli.utf8.namedNotText', { name, byte: hex(bytes[bad]!), offset: bad, hint: nameHint(name) })
          : t('cli.utf8.invalid', { name, byte: hex(bytes[bad]!), offset: bad, line: lineAt(bytes, bad) }),
        EXIT.UNUSABLE,
      );
    text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  }
  if (!text.trim()) throw new InputError(t('cli.input.whitespace', { name }), EXIT.UNUSABLE);
  return text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(t('cli.utf8.badUtf16', { name }), EXIT.UNUSABLE);
  }
}
