import { FileReadError } from './types';

/**
 * Bytes that claim to be text, as text: UTF-8 (a byte-order mark dropped), or UTF-16 with its mark.
 * Binary data (a zero byte) and bytes that are not UTF-8 are refused with where and why.
 */
export function decodeTextFile(bytes: Uint8Array, what: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    else {
      const nul = bytes.indexOf(0);
      if (nul >= 0) throw new FileReadError('not-text', `${what} is binary data, not text (a zero byte at offset ${nul})`);
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError('not-text', `${what} is not UTF-8 text: save it as UTF-8`);
  }
  if (!text.trim()) throw new FileReadError('empty', `${what} has no text (only white space)`);
  return text;
}
