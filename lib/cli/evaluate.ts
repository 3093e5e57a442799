import { z } from 'zod';
import { auroc, expectedCalibrationError, rate, tprAtFpr, type Scored } from '../eval/metrics';
import type { Sensitivity } from '../schema/sensitivity';
import type { DocumentLabel } from '../schema/verdict';
import type { Io } from './commands';
import { decimal, plural, t } from '../i18n';
import { labelText } from '../report/labels';
import { EXIT, InputError } from './exit-codes';
import { jsonLines } from './jsonl';
import { flags, scoreText } from './score-text';

/** One line of an `assay eval` file: a text whose origin is known. */
const EvalLineSchema = z.object({
  text: z.string(),
  label: z.enum(['human', 'ai']),
  domain: z.string().optional(),
  generator: z.string().optional(),
});

interface Row extends Scored {
  flagged: boolean;
  abstained: boolean;
  verdict: DocumentLabel;
}

/** Share of each label among some texts, in the order a user reads them. */
export type LabelShares = Record<DocumentLabel, number>;
const LABEL_ORDER: readonly DocumentLabel[] = ['ai', 'mixed', 'unsure', 'human', 'unknown'];
function sharesOf(rows: readonly Row[]): LabelShares | undefined {
  if (rows.length === 0) return undefined;
  return Object.fromEntries(LABEL_ORDER.map((label) => [label, rows.filter((r) => r.verdict === label).length / rows.length])) as LabelShares;
}

export interface GroupReport {
  group: string;
  human: number;
  ai: number;
  auroc?: number;
  tprAt1Fpr?: number;
  tprAt5Fpr?: number;
  fprAtThreshold?: number;
  tprAtThreshold?: number;
  abstention?: number;
  ece?: number;
  /** ECE with each class weighted half: calibration at the 50/50 prior the probabilities assume. */
  eceBalanced?: number;
  /** How the machine-written texts were labelled: Likely AI, Mixed, Unsure, Likely human, Not enough text. */
  machineLabels?: LabelShares;
  /** How the human texts were labelled. */
  humanLabels?: LabelShares;
}

export function summarize(group: string, rows: readonly Row[]): GroupReport {
  const human = rows.filter((r) => !r.ai);
  const ai = rows.filter((r) => r.ai);
  return {
    group,
    human: human.length,
    ai: ai.length,
    auroc: auroc(rows),
    tprAt1Fpr: tprAtFpr(rows, 0.01)?.tpr,
    tprAt5Fpr: tprAtFpr(rows, 0.05)?.tpr,
    fprAtThreshold: rate(human.filter((r) => r.flagged).length, human.length),
    tprAtThreshold: rate(ai.filter((r) => r.flagged).length, ai.length),
    abstention: rate(rows.filter((r) => r.abstained).length, rows.length),
    ece: expectedCalibrationError(rows),
    eceBalanced: human.length && ai.length ? expectedCalibrationError(rows, 10, true) : undefined,
    machineLabels: sharesOf(ai),
    humanLabels: sharesOf(human),
  };
}

/**
 * Groups: everything; each domain; each domain × generator, where a generator's machine texts are
 * compared with the human texts of the same domain (a human group alone reports its false positives).
 */
export function groupRows(rows: readonly (Row & { domain: string; generator: string })[]): GroupReport[] {
  const reports = [summarize('all', rows)];
  const domains = [...new Set(rows.map((r) => r.domain))].sort();
  for (const domain of domains) {
    const inDomain = rows.filter((r) => r.domain === domain);
    reports.push(summarize(domain, inDomain));
    const humans = inDomain.filter((r) => !r.ai);
    const generators = [...new Set(inDomain.filter((r) => r.ai).map((r) => r.generator))].sort();
    if (generators.length > 1) for (const generator of generators) reports.push(summarize(`${domain} × ${generator}`, [...humans, ...inDomain.filter((r) => r.ai && r.generator === generator)]));
  }
  return reports;
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${decimal(x * 100, 1)}%`);
const num = (x: number | undefined) => (x === undefined ? '—' : decimal(x, 3));

/** Width of the first column: group names are cut to fit. */
const GROUP_WIDTH = 44;

/** Columns right-aligned under their headings, each as wide as its widest cell (headings differ by language). */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(GROUP_WIDTH) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}

/** A group's name as the user reads it: "all" is Assay's word, a domain or generator the user's. */
const groupName = (group: string) => (group === 'all' ? t('cli.eval.all') : group).slice(0, GROUP_WIDTH);

export function formatTable(reports: readonly GroupReport[]): string {
  const thr = t('cli.eval.atThreshold');
  // Metric names (AUROC, TPR, FPR, ECE) are the field's own terms, the same in every language.
  const head = [t('cli.eval.group'), t('cli.eval.human'), 'AI', 'AUROC', 'TPR@1%', 'TPR@5%', `FPR${thr}`, `TPR${thr}`, t('cli.eval.abstain'), 'ECE', `ECE${t('cli.eval.balanced')}`];
  const rows = reports.map((r) => [groupName(r.group), String(r.human), String(r.ai), num(r.auroc), pct(r.tprAt1Fpr), pct(r.tprAt5Fpr), pct(r.fprAtThreshold), pct(r.tprAtThreshold), pct(r.abstention), num(r.ece), num(r.eceBalanced)]);
  // How texts of each origin were labelled, as a user would read them (FPR at the threshold above = human texts flagged).
  const labelHead = [t('cli.eval.labelsHead'), t('cli.eval.textsHead'), ...LABEL_ORDER.map((label) => labelText(label))];
  const shares = (s: LabelShares | undefined) => LABEL_ORDER.map((label) => pct(s?.[label]));
  const labelRows = reports.flatMap((r) => [
    ...(r.ai ? [[`${groupName(r.group).slice(0, 34)} · ${t('cli.eval.machine')}`, String(r.ai), ...shares(r.machineLabels)]] : []),
    ...(r.human ? [[`${groupName(r.group).slice(0, 34)} · ${t('cli.eval.human')}`, String(r.human), ...shares(r.humanLabels)]] : []),
  ]);
  return [...table(head, rows), '', ...table(labelHead, labelRows)].join('\n');
}

export async function evalCommand(paths: readonly string[], options: { json: boolean; sensitivity: Sensitivity }, io: Io): Promise<number> {
  const rows: (Row & { domain: string; generator: string })[] = [];
  let bad = 0;
  for (const path of paths) {
    for await (const item of jsonLines(path)) {
      const parsed = 'error' in item ? undefined : EvalLineSchema.safeParse(item.value);
      if (!parsed?.success) {
        bad++;
        io.err(t('cli.eval.badLine', { path, line: String(item.line) }));
        continue;
      }
      const { text, label, domain = 'unknown', generator = label === 'human' ? 'human' : 'unknown' } = parsed.data;
      const score = scoreText(text, options.sensitivity);
      rows.push({ score: score.probability, ai: label === 'ai', flagged: flags(score.label), abstained: score.label === 'unknown', verdict: score.label, domain, generator });
    }
  }
  if (rows.length === 0)
    throw new InputError(t('cli.eval.allMalformed', { n: bad }), EXIT.UNUSABLE);
  const reports = groupRows(rows);
  if (options.json) io.out(JSON.stringify({ sensitivity: options.sensitivity, skipped: bad, groups: reports }, null, 2));
  else io.out(`${t('cli.eval.summary', { sensitivity: t(`sensitivity.${options.sensitivity}`), texts: plural('cli.eval.texts', rows.length), skipped: bad ? t('cli.eval.skipped', { n: bad }) : '' })}\n${formatTable(reports)}`);
  return EXIT.OK;
}
