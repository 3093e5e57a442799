/**
 * Text normalisation, once for everyone. Runs of white space fold to one space; NFC makes two
 * encodings of the same letters equal.
 */

/** Runs of white space folded to one space, trimmed: a passage's words as one line. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The normalization a content hash is taken over: Unicode NFC, white space collapsed. Two copies of a
 * deliverable that differ only in layout white space hash the same.
 */
export function normalizeForHash(text: string): string {
  return collapseWhitespace(text.normalize('NFC'));
}

/** For finding one text inside another whatever its case and layout (remote sentences, pasted inserts). */
export function foldForMatch(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

/**
 * The text a content hash is taken of: each passage normalised, in reading order, joined by a blank
 * line. Scan records and certificates hash the same text, so a record's hash is its certificate's.
 */
export function contentText(passages: readonly string[]): string {
  return passages.map(normalizeForHash).join('\n\n');
}

/** Words in a normalised text: runs between spaces (a count that needs no language). */
export function countWords(normalized: string): number {
  return normalized ? normalized.split(' ').length : 0;
}
