import type { DetectionResult, SegmentVerdict } from '../schema/verdict';
import { excerpt, LABELS } from './labels';
import { probability } from './numbers';

/** A plain-text report of a scan, for the terminal (demo, CLI). */

function passageLine(segment: SegmentVerdict, index: number): string {
  const tag = LABELS[segment.label].tag.padEnd(7);
  const head = `  ${String(index + 1).padStart(3)}. ${tag} p=${probability(segment.probability)}  ${excerpt(segment.text, 72)}`;
  const why = segment.label === 'unknown' ? [segment.abstain ?? 'not judged'] : segment.reasons.slice(0, 3).map((r) => `${r.weight > 0 ? '+' : '−'} ${r.text}`);
  return [head, ...why.map((line) => `         ${line}`)].join('\n');
}

export function formatReport(result: DetectionResult, title?: string): string {
  const d = result.document;
  const lines = [
    title ? `Assay report: ${title}` : 'Assay report',
    `Verdict: ${LABELS[d.label].report}${d.abstain ? ` (${d.abstain})` : ''}`,
    `Share of words in passages labelled AI: ${Math.round(d.aiShare * 100)}%`,
    `Probability that this text is machine-written: ${probability(d.probability)} (label threshold ${d.threshold.toFixed(2)})`,
    `Passages: ${d.passages} scanned, ${d.abstained} too short or not judged · ${d.words} words`,
    `Detectors: ${d.detectors.map((x) => `${x.name} ${x.version}`).join(', ')}`,
    '',
    'Passages:',
    ...result.segments.map(passageLine),
  ];
  return lines.join('\n');
}
