// The part of the protocol the page side reads. Content scripts do not carry these schemas but the
// rules made from them (rules.generated.ts, `npm run rules`), to stay under 50 kB each
// (tests/build/content-scripts.test.ts); protocol.ts uses these same schemas.
import * as z from 'zod/mini';
import { DocumentLabelSchema, ReasonSchema, SegmentLabelSchema } from '../schema/labels';
import { PlatformIdSchema } from '../schema/platform';
import { ProvenanceVerdictSchema } from '../schema/provenance-verdict';
import { MAX_IMAGES } from '../schema/limits';
import { SourceKindSchema } from '../schema/source-kind';
import { LOCALES } from '../i18n';

/**
 * What the page side (the page script and the platforms' content scripts) checks at its boundary: the
 * requests the background sends it, and the replies to what it asks the background. Declared once
 * here and used by the one protocol map (protocol.ts), which adds the other half of each message.
 */
const Count = z.int().check(z.nonnegative());
const Probability = z.number().check(z.minimum(0), z.maximum(1));
const Ok = z.object({ ok: z.literal(true) });

export const HighlightSchema = z.object({
  id: z.string(),
  label: SegmentLabelSchema,
  probability: Probability,
  reasons: z.array(ReasonSchema).check(z.maxLength(10)),
});
export type Highlight = z.infer<typeof HighlightSchema>;

export const ImageBadgeSchema = z.object({
  id: z.string(),
  verdict: ProvenanceVerdictSchema,
  summary: z.string().check(z.maxLength(1000)),
});
export type ImageBadge = z.infer<typeof ImageBadgeSchema>;

/** Highlights in one message: as many as a deliverable has passages. */
const MAX_HIGHLIGHTS = 20_000;

/** What a platform content script needs back from a scan to draw its chip and highlights. */
export const PlatformScanResultSchema = z.object({
  recordId: z.string(),
  label: DocumentLabelSchema,
  probability: Probability,
  aiShare: Probability,
  passages: Count,
  judged: Count,
  abstain: z.optional(z.string()),
  highlights: z.array(HighlightSchema).check(z.maxLength(MAX_HIGHLIGHTS)),
  /** "Images: 1 of 3 AI-generated or AI-edited (C2PA)", when the deliverable has images. */
  imageSummary: z.optional(z.string().check(z.maxLength(300))),
  /** Second opinions: how many remote classifiers were asked, and how many answers were used. */
  remote: z.optional(z.object({ asked: Count, used: Count })),
});
export type PlatformScanResult = z.infer<typeof PlatformScanResultSchema>;

export const PlatformConfigRequestSchema = z.object({ platform: PlatformIdSchema });
/** A catalogue sent to a script that cannot load one itself (the page script, the platforms' content scripts). */
export const SentMessagesSchema = z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(2000)));

/**
 * A platform's settings for its content script, with the user's language and its catalogue: a content
 * script cannot read the language setting, and carrying both catalogues would triple its size.
 */
export const PlatformConfigSchema = z.object({
  enabled: z.boolean(),
  autoScan: z.boolean(),
  highlights: z.boolean(),
  locale: z.optional(z.enum(LOCALES)),
  messages: z.optional(SentMessagesSchema),
});

/** What the Figma panel shows after a check: the result, the flagged passages by frame, and how the file was read. */
export const FigmaCheckSchema = z.object({
  result: PlatformScanResultSchema,
  /** The flagged passages' text and frame, for the panel. */
  passages: z.array(z.object({ id: z.string(), text: z.string(), place: z.optional(z.string()) })).check(z.maxLength(MAX_HIGHLIGHTS)),
  read: z.object({
    name: z.string(),
    version: z.string(),
    cached: z.boolean(),
    requests: Count,
    fileReads: Count,
    frames: Count,
    textNodes: Count,
    images: Count,
    /** Hidden layers left out, and repeated texts counted once. */
    hidden: Count,
    repeats: Count,
    truncated: z.boolean(),
    readAt: z.number(),
  }),
});

/** A certificate attached to a mail message, as the background verified it against the message. */
export const AttachedCertificateCheckSchema = z.object({
  status: z.enum(['valid', 'content-changed', 'bad-signature', 'unknown-key', 'malformed']),
  reason: z.string().check(z.maxLength(5_000)),
});

/** Shows or hides the highlights already drawn (the page script's, and a webmail script's). */
const VisibilitySchema = z.object({ visible: z.boolean() });

/** Requests the background sends to the page script (entrypoints/page-scan.ts). */
export const PAGE_SCRIPT_REQUESTS = {
  'page.extract': z.object({}),
  'page.extractDraft': z.object({ kind: SourceKindSchema }),
  'page.highlight': z.object({
    items: z.array(HighlightSchema).check(z.maxLength(MAX_HIGHLIGHTS)),
    images: z.optional(z.array(ImageBadgeSchema).check(z.maxLength(MAX_IMAGES))),
    visible: z.boolean(),
    // The user's language and the few words the page script shows: it cannot read storage itself.
    locale: z.optional(z.enum(LOCALES)),
    messages: z.optional(SentMessagesSchema),
  }),
  'page.visibility': VisibilitySchema,
} as const;

/**
 * Requests the background sends to a platform's content script. A separate map from the page
 * script's, so that a platform script does not carry the highlight and draft rules it never receives.
 */
export const PLATFORM_REQUESTS = {
  'platform.stop': z.object({}),
  'platform.recheck': z.object({}),
  'page.visibility': VisibilitySchema,
} as const;

/** Every request the page side may receive, for the one protocol map (protocol.ts). */
export type PageRequests = typeof PAGE_SCRIPT_REQUESTS & typeof PLATFORM_REQUESTS;

/** Replies the page side receives to what it asks the background. */
export const PAGE_REPLIES = {
  'platform.scan': PlatformScanResultSchema,
  'platform.config': PlatformConfigSchema,
  'figma.check': FigmaCheckSchema,
  'certify.attached': AttachedCertificateCheckSchema,
} as const;

export const OkSchema = Ok;
