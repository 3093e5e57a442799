import type { DetectionResult, DocumentLabel, SegmentVerdict } from '../schema/verdict';
import { excerpt, leaning, LABELS } from './labels';
import { probability } from './numbers';
import { omissionNotes } from './coverage';
import { decimal, formatNumber, plural, t } from '../i18n';
import { abstainText } from './abstain';
import { reasonText } from './reasons';

/** A plain-text report of a scan, for the terminal (demo, CLI), in the terminal's language (lib/i18n). */

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
  if (abstain) return /^not (enough|judged)\b/i.test(abstain) ? abstainText(abstain) : `${LABELS[label].report}: ${abstainText(abstain)}`;
  if (label === 'unsure' && p !== undefined) return `${LABELS.unsure.text}: ${leaning(p)} (${probabilityText(p)})`;
  return LABELS[label].report;
}

function passageLine(segment: SegmentVerdict, index: number): string {
  const judged = segment.label !== 'unknown';
  const tag = (judged ? LABELS[segment.label].tag : t('tag.notJudged')).padEnd(TAG_WIDTH);
  // An unjudged passage has no score to show: the model's estimate there is not a verdict.
  const score = judged ? `${probabilityText(segment.probability).padEnd(8)}  ` : '';
  const head = `  ${String(index + 1).padStart(3)}. ${tag} ${score}${excerpt(segment.text, 72)}`;
  const why = judged ? segment.reasons.slice(0, 3).map((r) => `${r.weight > 0 ? '+' : '−'} ${reasonText(r)}`) : [segment.abstain ? abstainText(segment.abstain) : t('tag.notJudged')];
  return [head, ...why.map((line) => `         ${line}`)].join('\n');
}

export function formatReport(result: DetectionResult, title?: string): string {
  const d = result.document;
  const judged = d.passages - d.abstained;
  const lines = [
    title ? t('report.titled', { title }) : t('report.title'),
    t('report.verdict', { verdict: verdictLine(d.label, d.abstain, d.probability) }),
    ...(d.label === 'unknown'
      ? []
      : [
          t('report.share', { share: String(Math.round(d.aiShare * 100)) }),
          `${t('verdict.probability', { p: probability(d.probability) })} (${d.humanThreshold === undefined ? t('verdict.thresholdAi', { ai: decimal(d.threshold, 2) }) : t('report.thresholds', { ai: decimal(d.threshold, 2), human: decimal(d.humanThreshold, 3) })})`,
        ]),
    t('report.passages', { counts: plural('report.passageCount', d.passages), judged: formatNumber(judged), abstained: formatNumber(d.abstained), words: plural('verdict.words', d.words) }),
    t('verdict.detectors', { list: d.detectors.map((x) => `${x.kind === 'local' ? t('remote.local') : x.name} ${x.version}`).join(', ') }),
    ...omissionNotes(d.omitted),
    '',
    t('report.passagesHeading'),
    // An empty list under its heading reads like a cut-off report: say there were none.
    ...(result.segments.length ? result.segments.map(passageLine) : [`    ${t('report.noPassages')}`]),
  ];
  return lines.join('\n');
}
