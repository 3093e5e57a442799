import { z } from 'zod';
import { DetectionScoresSchema } from '../schema/verdict';
import { PlatformIdSchema } from '../schema/platform';
import { OkSchema as Ok, PAGE_REPLIES, PAGE_SCRIPT_REQUESTS, PLATFORM_REQUESTS, PlatformConfigRequestSchema } from './page-protocol';
import { MAX_TRUST_ANCHORS } from '../provenance/trust';
import { WritingProcessSchema } from '../schema/process';
import { SensitivitySchema } from '../schema/sensitivity';
import { DeliverableSchema, ImageRefSchema, MAX_IMAGES, SegmentSchema } from '../schema/deliverable';
import { ImageRecordSchema, ScanRecordSchema } from '../schema/record';

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

export const TabRecordSchema = z.object({
  url: z.string(),
  title: z.string(),
  /**
   * The tab's record as a summary (lib/scan/record.ts `recordSummary`): its verdict, images and
   * history, and only the passages that can weigh most; never the whole list of a long deliverable.
   */
  record: ScanRecordSchema.nullable(),
  /** The platform the tab shows, when it is one (its record is then the platform's). */
  platform: z.nullable(PlatformIdSchema),
  status: ScanStatusSchema,
  highlightsVisible: z.boolean(),
});
export type TabRecord = z.infer<typeof TabRecordSchema>;

export { HighlightSchema, ImageBadgeSchema, PlatformScanResultSchema, type Highlight, type ImageBadge, type PlatformScanResult } from './page-protocol';

export const protocol = {
  /** Popup asks the background to scan a tab (injects the page script through activeTab). */
  'scan.start': { from: 'extension', request: z.object({ tabId: TabId }), response: ScanStatusSchema },
  /** Popup asks what is known for a tab: its stored record and any scan in progress. */
  'tab.get': { from: 'extension', request: z.object({ tabId: TabId }), response: TabRecordSchema },
  /**
   * Popup (or dashboard) asks to read a record's images that were left unread because they sit on
   * another site, after the user allowed those sites; the tab's image badges are updated when given.
   */
  'images.read': {
    from: 'extension',
    request: z.object({ recordId: z.string().min(1).max(64), tabId: TabId.optional() }),
    response: z.object({ read: z.number().int().nonnegative(), notAllowed: z.number().int().nonnegative() }),
  },
  /** Popup shows or hides the highlights in a tab. */
  'highlights.set': {
    from: 'extension',
    request: z.object({ tabId: TabId, visible: z.boolean() }),
    response: Ok,
  },
  /** A platform content script (Gmail, Outlook) asks for one message to be scanned and stored. */
  'platform.scan': { from: 'content', request: z.object({ deliverable: DeliverableSchema, process: WritingProcessSchema.optional() }), response: PAGE_REPLIES['platform.scan'] },
  /** A platform content script asks how the user set its platform up (it never reads settings itself). */
  'platform.config': { from: 'content', request: PlatformConfigRequestSchema, response: PAGE_REPLIES['platform.config'] },
  /** The Figma content script asks for the open file (the background reads the tab's address, not the message). */
  'figma.check': { from: 'content', request: z.object({}), response: PAGE_REPLIES['figma.check'] },
  /** Background tells a platform's content script to stop: the user turned the platform off. */
  'platform.stop': { from: 'background', request: PLATFORM_REQUESTS['platform.stop'], response: Ok },
  /** Background asks a platform's content script to check its deliverable again (the popup's Check again). */
  'platform.recheck': { from: 'background', request: PLATFORM_REQUESTS['platform.recheck'], response: Ok },
  /** Background broadcasts scan progress to open extension pages. */
  'scan.progress': { from: 'background', request: ScanStatusSchema, response: Ok },
  /** Background asks the page script for the page's deliverable. */
  'page.extract': { from: 'background', request: PAGE_SCRIPT_REQUESTS['page.extract'], response: DeliverableSchema },
  /** Background sends the page script the passages to highlight. */
  'page.highlight': { from: 'background', request: PAGE_SCRIPT_REQUESTS['page.highlight'], response: z.object({ shown: z.number().int().nonnegative() }) },
  /** Background shows or hides the highlights already drawn in a page. */
  'page.visibility': { from: 'background', request: PAGE_SCRIPT_REQUESTS['page.visibility'], response: Ok },
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
    response: PAGE_REPLIES['certify.attached'],
  },
  /** Background asks the page script for the editor being written in (a mail draft): its passages. */
  'page.extractDraft': { from: 'background', request: PAGE_SCRIPT_REQUESTS['page.extractDraft'], response: DeliverableSchema },
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
