import { z } from 'zod';
import { auroc, expectedCalibrationError, rate, tprAtFpr, type Scored } from '../eval/metrics';
import type { Sensitivity } from '../schema/sensitivity';
import type { DocumentLabel } from '../schema/verdict';
import type { Io } from './commands';
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

const pct = (x: number | undefined) => (x === undefined ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const num = (x: number | undefined) => (x === undefined ? '  —  ' : x.toFixed(3));

const shares = (s: LabelShares | undefined) => LABEL_ORDER.map((label) => pct(s?.[label])).join(' ');

export function formatTable(reports: readonly GroupReport[]): string {
  const head = 'group                                         human     ai  AUROC  TPR@1%  TPR@5%  FPR@thr  TPR@thr  abstain   ECE  ECE(bal)';
  const lines = reports.map(
    (r) =>
      `${r.group.slice(0, 44).padEnd(44)} ${String(r.human).padStart(6)} ${String(r.ai).padStart(6)}  ${num(r.auroc)} ${pct(r.tprAt1Fpr)} ${pct(r.tprAt5Fpr)}  ${pct(r.fprAtThreshold)}  ${pct(r.tprAtThreshold)}  ${pct(r.abstention)}  ${num(r.ece)}  ${num(r.eceBalanced)}`,
  );
  // How texts of each origin were labelled, as a user would read them (FPR@thr above = human texts flagged).
  const labelHead = `${'labels at this preset'.padEnd(44)} ${'texts'.padStart(6)}   Likely AI   Mixed  Unsure  Likely human  Not enough text`;
  const labelLines = reports.flatMap((r) => [
    ...(r.ai ? [`${`${r.group.slice(0, 34)} · machine`.padEnd(44)} ${String(r.ai).padStart(6)}  ${shares(r.machineLabels)}`] : []),
    ...(r.human ? [`${`${r.group.slice(0, 34)} · human`.padEnd(44)} ${String(r.human).padStart(6)}  ${shares(r.humanLabels)}`] : []),
  ]);
  return [head, ...lines, '', labelHead, ...labelLines].join('\n');
}

export async function evalCommand(paths: readonly string[], options: { json: boolean; sensitivity: Sensitivity }, io: Io): Promise<number> {
  const rows: (Row & { domain: string; generator: string })[] = [];
  let bad = 0;
  for (const path of paths) {
    for await (const item of jsonLines(path)) {
      const parsed = 'error' in item ? undefined : EvalLineSchema.safeParse(item.value);
      if (!parsed?.success) {
        bad++;
        io.err(`${path}:${item.line}: needs "text" and "label" (human|ai); skipped`);
        continue;
      }
      const { text, label, domain = 'unknown', generator = label === 'human' ? 'human' : 'unknown' } = parsed.data;
      const score = scoreText(text, options.sensitivity);
      rows.push({ score: score.probability, ai: label === 'ai', flagged: flags(score.label), abstained: score.label === 'unknown', verdict: score.label, domain, generator });
    }
  }
  if (rows.length === 0)
    throw new InputError(`no line could be evaluated: all ${bad} were malformed (each line must be {"text": "…", "label": "human" or "ai"}, optionally "domain" and "generator")`, EXIT.UNUSABLE);
  const reports = groupRows(rows);
  if (options.json) io.out(JSON.stringify({ sensitivity: options.sensitivity, skipped: bad, groups: reports }, null, 2));
  else io.out(`Sensitivity: ${options.sensitivity}; ${rows.length} ${rows.length === 1 ? 'text' : 'texts'}${bad ? `, ${bad} skipped` : ''}\n${formatTable(reports)}`);
  return EXIT.OK;
}
