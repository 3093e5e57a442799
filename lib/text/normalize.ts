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
