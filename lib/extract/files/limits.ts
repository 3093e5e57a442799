/**
 * Bounds that keep one hostile or oversized file from taking the audit down with it. Each is a
 * named constant with its reason; the file gets a clear "not read" line, and the audit goes on.
 */

/**
 * Larger files are not read: no delivered document needs more (the provenance reader takes images up
 * to the same size), and every worker of a pool may hold one file and its parse at once.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** An archive may unpack to at most this much in all: a portfolio, not a disk image. */
export const MAX_UNPACKED_BYTES = 500 * 1024 * 1024;
/** Entries per archive: more is a file tree dump or a bomb made of many tiny files. */
export const MAX_ARCHIVE_ENTRIES = 5_000;
/**
 * A compression ratio past this on more than a megabyte of output is a zip bomb: text compresses
 * about 3–10×, office XML up to ~50×, never hundreds of times.
 */
export const MAX_COMPRESSION_RATIO = 200;
export const RATIO_CHECK_FROM_BYTES = 1024 * 1024;
/** Archives inside archives (and a mail's attachments) are read this many levels deep. */
export const MAX_NESTING = 4;

/** A PDF with fewer characters of text than this per page has no usable text layer: it is scanned pages. */
export const MIN_PDF_CHARS_PER_PAGE = 20;
/** Pages of a PDF read; the rest are named in a note, never silently dropped. */
export const MAX_PDF_PAGES = 2_000;
