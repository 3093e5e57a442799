import { z } from 'zod';
import { PLATFORM_IDS } from './platform';

/**
 * Where a deliverable came from: `page` is any web page the user asked to scan, each platform is its
 * own kind (a record of a Gmail message is `gmail`), `file` a file given to the CLI or the dashboard.
 */
export const SourceKindSchema = z.enum(['page', ...PLATFORM_IDS, 'file', 'sample']);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SegmentKindSchema = z.enum(['heading', 'paragraph', 'list-item', 'quote', 'caption', 'code', 'table']);
export type SegmentKind = z.infer<typeof SegmentKindSchema>;

/**
 * Limits that keep a hostile or huge page from exhausting memory in the background. None of them cuts
 * text silently: a passage longer than MAX_SEGMENT_CHARS is split into sentence-aligned parts, and what
 * lies beyond MAX_SEGMENTS passages or MAX_DELIVERABLE_CHARS characters is counted in `omitted`, which
 * the verdict states.
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

export const SourceSchema = z.object({
  kind: SourceKindSchema,
  url: z.string().max(MAX_URL_CHARS),
  title: z.string().max(MAX_TITLE_CHARS),
  /** The conversation a message belongs to (email): its link, shared by every message of the thread. */
  thread: z.string().max(MAX_URL_CHARS).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** One passage of a deliverable in reading order. `id` is stable for the same text at the same place. */
export const SegmentSchema = z.object({
  id: z.string().min(1).max(64),
  kind: SegmentKindSchema,
  text: z.string().max(MAX_SEGMENT_CHARS),
});
export type Segment = z.infer<typeof SegmentSchema>;

/** Images read per deliverable: enough for a design review, bounded against pages with thousands. */
export const MAX_IMAGES = 60;

/** An image of a deliverable, by URL; its bytes are fetched by the extension, never sent by the page. */
export const ImageRefSchema = z.object({
  id: z.string().min(1).max(64),
  url: z.string().max(MAX_URL_CHARS).regex(/^(https?:|data:image\/)/i),
  alt: z.string().max(MAX_TITLE_CHARS),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
});
export type ImageRef = z.infer<typeof ImageRefSchema>;

/**
 * What the extraction read but did not pass on to be judged, so that the verdict can say so: the text
 * after the limits above, and frames of the page it was not allowed to read (another site's).
 */
export const OmittedSchema = z.object({
  /** Passages after the judged ones (past MAX_SEGMENTS or MAX_DELIVERABLE_CHARS). */
  passages: z.number().int().nonnegative(),
  /** Their characters, white space collapsed (for one giant block, its raw length). */
  chars: z.number().int().nonnegative(),
  /** Embedded frames from another site, whose text the page script may not read. */
  frames: z.number().int().nonnegative().optional(),
  /** Content images past MAX_IMAGES, not read. */
  images: z.number().int().nonnegative().optional(),
});
export type Omitted = z.infer<typeof OmittedSchema>;

export const DeliverableSchema = z
  .object({
    source: SourceSchema,
    lang: z.string().max(35).optional(),
    segments: z.array(SegmentSchema).max(MAX_SEGMENTS),
    images: z.array(ImageRefSchema).max(MAX_IMAGES).optional(),
    /** Absent when everything was read and judged. */
    omitted: OmittedSchema.optional(),
  })
  .refine((d) => d.segments.reduce((sum, s) => sum + s.text.length, 0) <= MAX_DELIVERABLE_CHARS, {
    message: `a deliverable carries at most ${MAX_DELIVERABLE_CHARS} characters of passages`,
    path: ['segments'],
  });
export type Deliverable = z.infer<typeof DeliverableSchema>;
