/**
 * Fast text statistics shared by every signal. Regular expressions instead of Intl.Segmenter: the
 * detector runs over whole documents on every scan, and these splitters are several times faster while
 * agreeing with the segmenter on ordinary prose (checked in tests).
 */
export interface TextStats {
  text: string;
  /** Lower-cased word tokens (letters, digits, inner apostrophes and hyphens). */
  words: string[];
  /** Word counts of each sentence. */
  sentenceLengths: number[];
  chars: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
// A sentence ends at . ! ? (possibly with closing quotes/brackets) followed by white space, or at a line break.
const SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+|\n+/u;

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s.length > 0);
}

export function statsOf(text: string): TextStats {
  const sentenceLengths = sentencesOf(text)
    .map(countWords)
    .filter((n) => n > 0);
  return { text, words: wordsOf(text), sentenceLengths, chars: text.length };
}
