import type { DetectionResult, DocumentLabel, SegmentLabel, SegmentVerdict } from '../schema/verdict';
import { probability } from './numbers';

/** A plain-text report of a scan, for the terminal (demo, CLI). */
const DOC_LABEL: Record<DocumentLabel, string> = {
  human: 'Likely human',
  mixed: 'Mixed: some passages likely machine-written',
  ai: 'Likely AI',
  unknown: 'Not enough text',
};

/** Passage tags, padded to one width; a label the detector adds later still gets its own word. */
const PASSAGE_TAG: Record<SegmentLabel | 'unsure', string> = { ai: 'AI', unsure: 'unsure', human: 'human', unknown: 'not judged' };
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

/** The verdict line: the label, and why when the detector abstained, without saying "Not enough text" twice. */
export function verdictLine(label: DocumentLabel, abstain: string | undefined): string {
  if (!abstain) return DOC_LABEL[label];
  if (/^not enough\b/i.test(abstain)) return abstain;
  return `${DOC_LABEL[label]}: ${abstain}`;
}

function excerpt(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function passageLine(segment: SegmentVerdict, index: number): string {
  const judged = segment.label !== 'unknown';
  const tag = (PASSAGE_TAG[segment.label as keyof typeof PASSAGE_TAG] ?? segment.label).padEnd(TAG_WIDTH);
  // An unjudged passage has no score to show: the model's estimate there is not a verdict.
  const score = judged ? `${probabilityText(segment.probability).padEnd(8)}  ` : '';
  const head = `  ${String(index + 1).padStart(3)}. ${tag} ${score}${excerpt(segment.text)}`;
  const why = judged ? segment.reasons.slice(0, 3).map((r) => `${r.weight > 0 ? '+' : '−'} ${r.text}`) : [segment.abstain ?? 'not judged'];
  return [head, ...why.map((line) => `         ${line}`)].join('\n');
}

export function formatReport(result: DetectionResult, title?: string): string {
  const d = result.document;
  const judged = d.passages - d.abstained;
  const lines = [
    title ? `Assay report: ${title}` : 'Assay report',
    `Verdict: ${verdictLine(d.label, d.abstain)}`,
    ...(d.label === 'unknown'
      ? []
      : [
          `Share of words in passages labelled AI: ${Math.round(d.aiShare * 100)}%`,
          `Probability that this text is machine-written: ${probability(d.probability)} (passages at ${d.threshold.toFixed(2)} or above are labelled AI)`,
        ]),
    `Passages: ${count(d.passages, 'passage')}, ${judged.toLocaleString('en')} judged, ${d.abstained.toLocaleString('en')} too short or not judged · ${count(d.words, 'word')}`,
    `Detectors: ${d.detectors.map((x) => `${x.name} ${x.version}`).join(', ')}`,
    '',
    'Passages:',
    ...result.segments.map(passageLine),
  ];
  return lines.join('\n');
}
