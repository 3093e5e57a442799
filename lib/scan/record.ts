import type { Highlight, ImageBadge, PlatformScanResult } from '../messaging/protocol';
import { imageSummary } from '../report/images';
import type { Segment } from '../schema/deliverable';
import type { DetectionResult, DetectionScores } from '../schema/verdict';
import type { ScanRecord } from '../schema/record';

/** What a scan record means to the surfaces that show it: highlights, image badges, a chip's answer. */

/**
 * An *Unsure* passage leaning this far towards machine is outlined too (dashed, in the Unsure colour):
 * the client sees where to look, and the outline says Unsure, not AI.
 */
export const UNSURE_HIGHLIGHT_FROM = 0.6;

/** Highlights sent to a page: the passages labelled AI, and Unsure ones leaning machine, with their top reasons. */
export function highlightsOf(record: Pick<ScanRecord, 'segments'>): Highlight[] {
  return record.segments
    .filter((segment) => segment.label === 'ai' || (segment.label === 'unsure' && segment.probability >= UNSURE_HIGHLIGHT_FROM))
    .map((segment) => ({ id: segment.id, label: segment.label, probability: segment.probability, reasons: segment.reasons.slice(0, 10) }));
}

/** Images worth a badge in the page: those whose data says something about their origin. */
export function imageBadgesOf(record: Pick<ScanRecord, 'images'>): ImageBadge[] {
  return record.images.flatMap((image) =>
    image.provenance && image.provenance.verdict !== 'no-provenance' ? [{ id: image.id, verdict: image.provenance.verdict, summary: image.provenance.summary.slice(0, 1000) }] : [],
  );
}

/** The answer a platform's content script gets: enough to draw its chip or panel. */
export function platformResult(record: ScanRecord): PlatformScanResult {
  const { verdict } = record;
  return {
    recordId: record.id,
    label: verdict.label,
    probability: verdict.probability,
    aiShare: verdict.aiShare,
    passages: verdict.passages,
    judged: verdict.passages - verdict.abstained,
    abstain: verdict.abstain,
    imageSummary: imageSummary(record.images),
    highlights: highlightsOf(record),
    ...(record.remote ? { remote: { asked: record.remote.providers.length, used: record.remote.providers.filter((p) => p.ok).length } } : {}),
  };
}

/** Passages of each label a summary carries: more than any surface shows of one label (the popup shows three). */
export const SUMMARY_PASSAGES_PER_LABEL = 10;

/**
 * A record as the popup receives it on every open: everything but its passages, of which it carries
 * only those that can weigh most — the most probable (by probability × words) of each label. A record
 * of a long deliverable holds thousands of passages; the popup never needs them all.
 */
export function recordSummary(record: ScanRecord): ScanRecord {
  const weight = (s: ScanRecord['segments'][number]) => s.probability * s.words;
  const chosen = new Set<string>();
  for (const label of ['ai', 'unsure', 'human', 'unknown'] as const) {
    const top = record.segments.filter((s) => s.label === label).sort((a, b) => weight(b) - weight(a)).slice(0, SUMMARY_PASSAGES_PER_LABEL);
    for (const s of top) chosen.add(s.id);
  }
  return { ...record, segments: record.segments.filter((s) => chosen.has(s.id)) };
}

/** The detector's scores with each passage's text put back from the deliverable it scored. */
export function withText(scores: DetectionScores, segments: readonly Segment[]): DetectionResult {
  const text = new Map(segments.map((s) => [s.id, s.text]));
  return { document: scores.document, segments: scores.segments.map((s) => ({ ...s, text: text.get(s.id) ?? '' })) };
}
