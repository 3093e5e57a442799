/**
 * The C2PA text manifest wrapper (C2PA 2.x, Appendix A.8, "Embedding manifests into unstructured
 * text"): bytes carried invisibly in plain text as Unicode variation selectors after a zero-width
 * no-break space. The bytes are a header — the magic "C2PATXT\0", a version byte (1), the length as
 * a 32-bit big-endian integer — then the manifest store (JUMBF). Byte b is U+FE00 + b for b < 16 and
 * U+E0100 + (b − 16) otherwise.
 *
 * Assay reads and strips the wrapper (a text that carries one still hashes as its visible text, so a
 * certificate verifies whatever tool added credentials), and writes it for a manifest it is given.
 */
export const C2PA_TEXT_MAGIC = new Uint8Array([0x43, 0x32, 0x50, 0x41, 0x54, 0x58, 0x54, 0x00]);
export const C2PA_TEXT_VERSION = 1;
const HEADER_BYTES = C2PA_TEXT_MAGIC.length + 1 + 4;
const ZWNBSP = '\uFEFF';
/** Variation selectors: VS1–VS16 (U+FE00–FE0F) and VS17–VS256 (U+E0100–E01EF). */
const VARIATION_SELECTOR = /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/;
/**
 * A wrapper is found by its selectors and their magic, with or without its ZWNBSP: text extraction
 * treats U+FEFF as white space (JavaScript's \s includes it) and may have folded it to a space already.
 */
const WRAPPER = new RegExp(`${ZWNBSP}?(?:${VARIATION_SELECTOR.source})+`, 'g');

function byteToSelector(byte: number): string {
  return String.fromCodePoint(byte < 16 ? 0xfe00 + byte : 0xe0100 + byte - 16);
}

function selectorToByte(codePoint: number): number | undefined {
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return codePoint - 0xfe00;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return codePoint - 0xe0100 + 16;
  return undefined;
}

/** The wrapper for a manifest store: an invisible string to append to the text. */
export function encodeTextWrapper(manifest: Uint8Array): string {
  const bytes = new Uint8Array(HEADER_BYTES + manifest.length);
  bytes.set(C2PA_TEXT_MAGIC, 0);
  bytes[C2PA_TEXT_MAGIC.length] = C2PA_TEXT_VERSION;
  new DataView(bytes.buffer).setUint32(C2PA_TEXT_MAGIC.length + 1, manifest.length);
  bytes.set(manifest, HEADER_BYTES);
  let out = ZWNBSP;
  for (const byte of bytes) out += byteToSelector(byte);
  return out;
}

/** The text with the manifest's wrapper appended (the place A.8 recommends: the end). */
export function attachTextWrapper(text: string, manifest: Uint8Array): string {
  return `${stripTextWrappers(text).text}${encodeTextWrapper(manifest)}`;
}

export interface FoundWrapper {
  manifest: Uint8Array;
  /** Where the wrapper starts in the text (UTF-16 index). */
  at: number;
}

/** Decodes one run of selectors after a ZWNBSP; undefined when it is not a C2PA text wrapper. */
function decodeRun(run: string): Uint8Array | 'bad' | undefined {
  const bytes: number[] = [];
  for (const char of run.startsWith(ZWNBSP) ? run.slice(1) : run) {
    const byte = selectorToByte(char.codePointAt(0)!);
    if (byte === undefined) return 'bad';
    bytes.push(byte);
  }
  if (bytes.length < HEADER_BYTES || !C2PA_TEXT_MAGIC.every((b, i) => bytes[i] === b)) return undefined;
  if (bytes[C2PA_TEXT_MAGIC.length] !== C2PA_TEXT_VERSION) return 'bad';
  const length = new DataView(Uint8Array.from(bytes.slice(C2PA_TEXT_MAGIC.length + 1, HEADER_BYTES)).buffer).getUint32(0);
  if (bytes.length !== HEADER_BYTES + length) return 'bad';
  return Uint8Array.from(bytes.slice(HEADER_BYTES));
}

export interface WrapperReading {
  /** The text without any C2PA wrapper: what is hashed and judged. */
  text: string;
  wrappers: FoundWrapper[];
  /** Wrappers with the magic whose version or length is wrong: removed, and reported. */
  damaged: number;
}

/** Finds every C2PA text wrapper and returns the visible text without them. */
export function stripTextWrappers(text: string): WrapperReading {
  const wrappers: FoundWrapper[] = [];
  let damaged = 0;
  let removed = 0;
  const stripped = text.replace(WRAPPER, (run, offset: number) => {
    const manifest = decodeRun(run);
    if (manifest === undefined) return run; // A ZWNBSP and selectors that are not C2PA's: the text's own.
    if (manifest === 'bad') damaged++;
    else wrappers.push({ manifest, at: offset - removed });
    removed += run.length;
    return '';
  });
  return { text: stripped, wrappers, damaged };
}
