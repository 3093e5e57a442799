/**
 * Hard limits that keep a hostile or huge page from exhausting memory in the background. Plain
 * constants in a file of their own: extractors in content scripts need them without the schemas that
 * use them. None of them cuts text silently: a passage longer than MAX_SEGMENT_CHARS is split into
 * sentence-aligned parts, and what lies beyond MAX_SEGMENTS passages or MAX_DELIVERABLE_CHARS
 * characters is counted in `omitted`, which the verdict states.
 */
/** A passage is at most this long; a longer one becomes several parts (about 3,300 words each, 13 detector windows). */
export const MAX_SEGMENT_CHARS = 20_000;
/** Passages judged per deliverable: a very long thesis has a few thousand. */
export const MAX_SEGMENTS = 20_000;
/**
 * Characters judged per deliverable (about 330,000 words, four novels): the detector reads them in a
 * few seconds and the messages that carry them stay a few megabytes. Text after them is counted, not judged.
 */
export const MAX_DELIVERABLE_CHARS = 2_000_000;
export const MAX_TITLE_CHARS = 500;
export const MAX_URL_CHARS = 4_000;
/** Images read per deliverable: enough for a design review, bounded against pages with thousands. */
export const MAX_IMAGES = 60;
