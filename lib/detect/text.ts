/**
 * Text statistics shared by every signal. Sentences come from Intl.Segmenter, which knows that "p.m."
 * or "U.S." does not end a sentence (a regular expression does not; measured: 2.9 ms against 0.5 ms
 * per 10,000 words, well inside the budget). Words are a Unicode-aware regular expression: the signals
 * need tokens, not linguistic word boundaries, and it is four times faster than the word segmenter.
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
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []) as string[];
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Sentences in order; a line break always ends one (headings, list lines, signatures). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const { segment } of SENTENCES.segment(line)) {
      const sentence = segment.trim();
      if (sentence) out.push(sentence);
    }
  }
  return out;
}

export function statsOf(text: string): TextStats {
  const sentenceLengths = sentencesOf(text)
    .map(countWords)
    .filter((n) => n > 0);
  return { text, words: wordsOf(text), sentenceLengths, chars: text.length };
}
