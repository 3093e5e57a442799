// What `npm run eval` measures, as pure functions over scored documents: label shares, ranking,
// calibration. Shared by the held-out split and the leave-sources-out folds.
import type { Detector } from '../../lib/detect';
import type { DocumentLabel } from '../../lib/schema/verdict';
import { auroc, expectedCalibrationError, tprAtFpr, type Scored } from '../../lib/eval/metrics';
import { plainTextSegments } from '../../lib/extract/plain';
import type { Row } from './data';

export interface DocResult {
  row: Row;
  label: DocumentLabel;
  probability: number;
  words: number;
}

export function scoreDocuments(detector: Detector, rows: readonly Row[]): DocResult[] {
  return rows.map((row) => {
    const { document } = detector.detect(plainTextSegments(row.text), { sensitivity: 'cautious' });
    return { row, label: document.label, probability: document.probability, words: document.words };
  });
}

export const LABEL_ORDER: readonly DocumentLabel[] = ['ai', 'mixed', 'unsure', 'human', 'unknown'];
export const LABEL_HEADINGS = ['Likely AI', 'Mixed', 'Unsure', 'Likely human', 'Not enough text'];

export const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
export const f3 = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(3));

/** Share of each label among the documents, in LABEL_ORDER. */
export function labelShares(docs: readonly DocResult[]): number[] {
  return LABEL_ORDER.map((label) => (docs.length ? docs.filter((d) => d.label === label).length / docs.length : 0));
}

export const flagged = (d: DocResult) => d.label === 'ai' || d.label === 'mixed';

const scored = (docs: readonly DocResult[]): Scored[] => docs.map((d) => ({ score: d.probability, ai: d.row.label === 'ai' }));

/**
 * One table row: the group's machine documents against the given human documents (the group's own,
 * or, for a machine-only group, all human documents of the set), with the label shares of the group's
 * own documents of the given label.
 */
export function tableRow(name: string, own: readonly DocResult[], humans: readonly DocResult[], sharesOf: 'ai' | 'human'): string {
  const machines = own.filter((d) => d.row.label === 'ai');
  const ranked = scored([...humans, ...machines]);
  const subject = own.filter((d) => d.row.label === sharesOf);
  const shares = labelShares(subject).map(pct);
  return `| ${name} | ${humans.length} | ${machines.length} | ${f3(auroc(ranked))} | ${pct(tprAtFpr(ranked, 0.01)?.tpr)} | ${subject.length} | ${shares.join(' | ')} |`;
}

export const TABLE_HEAD = `| group | human docs | AI docs | AUROC | TPR@1%FPR | docs labelled | ${LABEL_HEADINGS.join(' | ')} |\n|---|---|---|---|---|---|${LABEL_HEADINGS.map(() => '---').join('|')}|`;

export function documentCalibration(docs: readonly DocResult[]): { ece: number | undefined; eceBalanced: number | undefined } {
  const items = scored(docs.filter((d) => d.label !== 'unknown'));
  return { ece: expectedCalibrationError(items), eceBalanced: expectedCalibrationError(items, 10, true) };
}
