import { z } from 'zod';
import { MAX_DELIVERABLE_CHARS, MAX_IMAGES, MAX_SEGMENT_CHARS, MAX_SEGMENTS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';
import { SourceKindSchema } from './source-kind';

export { SourceKindSchema, type SourceKind } from './source-kind';

export const SegmentKindSchema = z.enum(['heading', 'paragraph', 'list-item', 'quote', 'caption', 'code', 'table']);
export type SegmentKind = z.infer<typeof SegmentKindSchema>;

export { MAX_DELIVERABLE_CHARS, MAX_IMAGES, MAX_SEGMENT_CHARS, MAX_SEGMENTS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';

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
