/**
 * Hard limits that keep a hostile page from exhausting memory in the background. Plain constants in a
 * file of their own: extractors in content scripts need them without the schemas that use them.
 */
export const MAX_SEGMENT_CHARS = 20_000;
export const MAX_SEGMENTS = 20_000;
export const MAX_TITLE_CHARS = 500;
export const MAX_URL_CHARS = 4_000;
/** Images read per deliverable: enough for a design review, bounded against pages with thousands. */
export const MAX_IMAGES = 60;
