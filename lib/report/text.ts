import type { DetectionResult, DocumentLabel, SegmentVerdict } from '../schema/verdict';
import { excerpt, leaning, LABELS } from './labels';
import { probability } from './numbers';
import { omissionNotes } from './coverage';

/** A plain-text report of a scan, for the terminal (demo, CLI). */

/** Passage tags are padded to one width. */
const TAG_WIDTH = 10;

/** "1 word", "2 words". */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** A probability with its relation: "p = 0.42", "p > 0.99", "p < 0.01". */
export function probabilityText(p: number): string {
  const shown = probability(p);
  return /^[<>]/.test(shown) ? `p ${shown}` : `p = ${shown}`;
}

/**
 * The verdict line: the label, why when the detector abstained (without saying "Not enough text"
 * twice), and which way an *Unsure* verdict leans.
 */
export function verdictLine(label: DocumentLabel, abstain: string | undefined, p?: number): string {
  if (abstain) return /^not (enough|judged)\b/i.test(abstain) ? abstain : `${LABELS[label].report}: ${abstain}`;
  if (label === 'unsure' && p !== undefined) return `${LABELS.unsure.text}: ${leaning(p)} (${probabilityText(p)})`;
  return LABELS[label].report;
}

function passageLine(segment: SegmentVerdict, index: number): string {
  const judged = segment.label !== 'unknown';
  const tag = (judged ? LABELS[segment.label].tag : 'not judged').padEnd(TAG_WIDTH);
  // An unjudged passage has no score to show: the model's estimate there is not a verdict.
  const score = judged ? `${probabilityText(segment.probability).padEnd(8)}  ` : '';
  const head = `  ${String(index + 1).padStart(3)}. ${tag} ${score}${excerpt(segment.text, 72)}`;
  const why = judged ? segment.reasons.slice(0, 3).map((r) => `${r.weight > 0 ? '+' : '−'} ${r.text}`) : [segment.abstain ?? 'not judged'];
  return [head, ...why.map((line) => `         ${line}`)].join('\n');
}

export function formatReport(result: DetectionResult, title?: string): string {
  const d = result.document;
  const judged = d.passages - d.abstained;
  const lines = [
    title ? `Assay report: ${title}` : 'Assay report',
    `Verdict: ${verdictLine(d.label, d.abstain, d.probability)}`,
    ...(d.label === 'unknown'
      ? []
      : [
          `Share of words in passages labelled AI: ${Math.round(d.aiShare * 100)}%`,
          `Probability that this text is machine-written: ${probability(d.probability)} (Likely AI from ${d.threshold.toFixed(2)}${d.humanThreshold === undefined ? '' : `, Likely human up to ${d.humanThreshold.toFixed(3)}`})`,
        ]),
    `Passages: ${count(d.passages, 'passage')}, ${judged.toLocaleString('en')} judged, ${d.abstained.toLocaleString('en')} too short or not judged · ${count(d.words, 'word')}`,
    `Detectors: ${d.detectors.map((x) => `${x.name} ${x.version}`).join(', ')}`,
    ...omissionNotes(d.omitted),
    '',
    'Passages:',
    // An empty list under its heading reads like a cut-off report: say there were none.
    ...(result.segments.length ? result.segments.map(passageLine) : ['    none: nothing readable as prose']),
  ];
  return lines.join('\n');
}
