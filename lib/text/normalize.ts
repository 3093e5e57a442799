/**
 * The normalization a content hash is taken over: Unicode NFC, runs of white space folded to one space,
 * trimmed. Two copies of a deliverable that differ only in layout white space hash the same.
 */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
