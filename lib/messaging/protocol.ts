import { z } from 'zod';
import { DeliverableSchema } from '../schema/deliverable';
import { DetectionScoresSchema, DocumentLabelSchema, SegmentLabelSchema, ReasonSchema } from '../schema/verdict';
import { PlatformIdSchema } from '../schema/platform';
import { MAX_TRUST_ANCHORS } from '../provenance/trust';
import { WritingProcessSchema } from '../schema/process';
import { SensitivitySchema } from '../schema/sensitivity';
import { ImageRefSchema, MAX_IMAGES, SegmentSchema, SourceKindSchema } from '../schema/deliverable';
import { ProvenanceVerdictSchema } from '../schema/provenance';
import { ImageRecordSchema, ScanRecordSchema } from '../schema/record';
import { LOCALES } from '../i18n';

/**
 * The one protocol map of messages between extension contexts. Every request and response is a zod
 * schema checked where it is received; `from` says which senders the receiver accepts:
 * - `extension`: extension pages only (popup, dashboard, offscreen), never a content script;
 * - `content`: a content script in a tab;
 * - `background`: sent by the background to a tab or to the offscreen document.
 */
const TabId = z.number().int().nonnegative();

/** `remote`: the local verdict is stored and shown; second opinions are on their way. */
export const ScanStageSchema = z.enum(['idle', 'extracting', 'detecting', 'images', 'storing', 'remote', 'done', 'error']);
export type ScanStage = z.infer<typeof ScanStageSchema>;

export const ScanStatusSchema = z.object({
  tabId: TabId,
  stage: ScanStageSchema,
  /** Passages scored so far and in all, during `detecting`. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  error: z.string().optional(),
  recordId: z.string().optional(),
});
export type ScanStatus = z.infer<typeof ScanStatusSchema>;

export const HighlightSchema = z.object({
  id: z.string(),
  label: SegmentLabelSchema,
  probability: z.number().min(0).max(1),
  reasons: z.array(ReasonSchema).max(10),
});
export type Highlight = z.infer<typeof HighlightSchema>;

export const ImageBadgeSchema = z.object({
  id: z.string(),
  verdict: ProvenanceVerdictSchema,
  summary: z.string().max(1000),
});
export type ImageBadge = z.infer<typeof ImageBadgeSchema>;

export const TabRecordSchema = z.object({
  url: z.string(),
  title: z.string(),
  record: ScanRecordSchema.nullable(),
  /** The platform the tab shows, when it is one (its record is then the platform's). */
  platform: PlatformIdSchema.nullable(),
  status: ScanStatusSchema,
  highlightsVisible: z.boolean(),
});
export type TabRecord = z.infer<typeof TabRecordSchema>;

const Ok = z.object({ ok: z.literal(true) });

/** What a platform content script needs back from a scan to draw its chip and highlights. */
export const PlatformScanResultSchema = z.object({
  recordId: z.string(),
  label: DocumentLabelSchema,
  probability: z.number().min(0).max(1),
  aiShare: z.number().min(0).max(1),
  passages: z.number().int().nonnegative(),
  judged: z.number().int().nonnegative(),
  abstain: z.string().optional(),
  highlights: z.array(HighlightSchema).max(20_000),
  /** "Images: 1 of 3 AI-generated or AI-edited (C2PA)", when the deliverable has images. */
  imageSummary: z.string().max(300).optional(),
  /** Second opinions: how many remote classifiers were asked, and how many answers were used. */
  remote: z.object({ asked: z.number().int().nonnegative(), used: z.number().int().nonnegative() }).optional(),
});
export type PlatformScanResult = z.infer<typeof PlatformScanResultSchema>;

export const protocol = {
  /** Popup asks the background to scan a tab (injects the page script through activeTab). */
  'scan.start': { from: 'extension', request: z.object({ tabId: TabId }), response: ScanStatusSchema },
  /** Popup asks what is known for a tab: its stored record and any scan in progress. */
  'tab.get': { from: 'extension', request: z.object({ tabId: TabId }), response: TabRecordSchema },
  /** Popup shows or hides the highlights in a tab. */
  'highlights.set': {
    from: 'extension',
    request: z.object({ tabId: TabId, visible: z.boolean() }),
    response: Ok,
  },
  /** A platform content script (Gmail, Outlook) asks for one message to be scanned and stored. */
  'platform.scan': { from: 'content', request: z.object({ deliverable: DeliverableSchema, process: WritingProcessSchema.optional() }), response: PlatformScanResultSchema },
  /** A platform content script asks how the user set its platform up (it never reads settings itself). */
  'platform.config': {
    from: 'content',
    request: z.object({ platform: PlatformIdSchema }),
    response: z.object({ enabled: z.boolean(), autoScan: z.boolean(), highlights: z.boolean() }),
  },
  /** The Figma content script asks for the open file (the background reads the tab's address, not the message). */
  'figma.check': {
    from: 'content',
    request: z.object({}),
    response: z.object({
      result: PlatformScanResultSchema,
      /** The flagged passages' text and frame, for the panel. */
      passages: z.array(z.object({ id: z.string(), text: z.string(), place: z.string().optional() })).max(20_000),
      read: z.object({
        name: z.string(),
        version: z.string(),
        cached: z.boolean(),
        requests: z.number().int().nonnegative(),
        fileReads: z.number().int().nonnegative(),
        frames: z.number().int().nonnegative(),
        textNodes: z.number().int().nonnegative(),
        images: z.number().int().nonnegative(),
        /** Hidden layers left out, and repeated texts counted once. */
        hidden: z.number().int().nonnegative(),
        repeats: z.number().int().nonnegative(),
        truncated: z.boolean(),
        readAt: z.number(),
      }),
    }),
  },
  /** Background tells a platform's content script to stop: the user turned the platform off. */
  'platform.stop': { from: 'background', request: z.object({}), response: Ok },
  /** Background asks a platform's content script to check its deliverable again (the popup's Check again). */
  'platform.recheck': { from: 'background', request: z.object({}), response: Ok },
  /** Background broadcasts scan progress to open extension pages. */
  'scan.progress': { from: 'background', request: ScanStatusSchema, response: Ok },
  /** Background asks the page script for the page's deliverable. */
  'page.extract': { from: 'background', request: z.object({}), response: DeliverableSchema },
  /** Background sends the page script the passages to highlight. */
  'page.highlight': {
    from: 'background',
    // `locale`: the user's language, which the page script cannot read itself (storage is closed to it).
    request: z.object({ items: z.array(HighlightSchema).max(20_000), images: z.array(ImageBadgeSchema).max(MAX_IMAGES).optional(), visible: z.boolean(), locale: z.enum(LOCALES).optional(), messages: z.record(z.string().max(100), z.string().max(2000)).optional() }),
    response: z.object({ shown: z.number().int().nonnegative() }),
  },
  /** Background shows or hides the highlights already drawn in a page. */
  'page.visibility': { from: 'background', request: z.object({ visible: z.boolean() }), response: Ok },
  /** Background asks the offscreen document to run the local detector in its worker. */
  'detect.run': {
    from: 'background',
    request: z.object({ jobId: z.string(), segments: z.array(SegmentSchema), sensitivity: SensitivitySchema }),
    /** Scores without the passages' text: the background has it already. */
    response: DetectionScoresSchema,
  },
  /** Background asks the offscreen document to fetch images and read their provenance in its worker. */
  'provenance.run': {
    from: 'background',
    request: z.object({ jobId: z.string(), images: z.array(ImageRefSchema).max(MAX_IMAGES), trustAnchors: z.array(z.string().max(20_000)).max(MAX_TRUST_ANCHORS).optional() }),
    response: z.object({ images: z.array(ImageRecordSchema) }),
  },
  /**
   * Certificates: the dashboard has a dropped file's text scanned by the one scan service (to certify it,
   * or to show the scan now beside the scan at signing); the record is stored like any scan's.
   */
  'file.scan': { from: 'extension', request: z.object({ deliverable: DeliverableSchema }), response: ScanRecordSchema },
  /** The popup asks for the message or text being written in a tab to be read and scanned, to certify it. */
  'certify.draft': { from: 'extension', request: z.object({ tabId: TabId }), response: z.object({ recordId: z.string() }) },
  /** A mail content script found a certificate attached to an open message: the background verifies it against the message. */
  'certify.attached': {
    from: 'content',
    request: z.object({ certificate: z.string().max(1_100_000), name: z.string().max(500), deliverable: DeliverableSchema }),
    response: z.object({ status: z.enum(['valid', 'content-changed', 'bad-signature', 'unknown-key', 'malformed']), reason: z.string().max(5_000) }),
  },
  /** Background asks the page script for the editor being written in (a mail draft): its passages. */
  'page.extractDraft': { from: 'background', request: z.object({ kind: SourceKindSchema }), response: DeliverableSchema },
  /** The offscreen document reports detection progress for a job. */
  'detect.progress': {
    from: 'extension',
    request: z.object({ jobId: z.string(), done: z.number().int(), total: z.number().int() }),
    response: Ok,
  },
} as const;

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.infer<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<Protocol[N]['response']>;
export type Sender = Protocol[MessageName]['from'];
