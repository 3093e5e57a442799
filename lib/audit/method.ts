import { decimal, intlTag, t } from '../i18n';
import { LABELS } from '../report/labels';
import type { Sensitivity } from '../schema/sensitivity';

/**
 * False-positive rates measured on held-out human-written documents, per model and preset, as
 * `npm run eval` writes them in docs/accuracy.md ("FPR at threshold", all genres). A model without a
 * figure here gets "not measured yet" in reports, never a number from another model.
 */
export const MEASURED_FALSE_POSITIVE_RATES: Record<string, Partial<Record<Sensitivity, number>>> = {
  // docs/accuracy.md, model 1-1jts7qu, cautious preset: 0.1% of 1,756 held-out human documents flagged.
  '1-1jts7qu': { cautious: 0.001 },
};

export interface MethodFacts {
  sensitivity: Sensitivity;
  modelVersion: string;
  engineVersion: string;
  /** The document AI threshold and the Likely-human threshold the verdicts were given at. */
  threshold?: number;
  humanThreshold?: number;
  /** Judged words a document needs before it gets a verdict (the detector's, passed in: this module must not load the model). */
  minDocumentWords?: number;
}

/** A rate as a percentage in the reader's style ("0.1%", "0,1%"). */
const pct = (n: number) => `${(n * 100).toLocaleString(intlTag(), { maximumFractionDigits: 1 })}%`;

/** The probability the method paragraph gives as an example of calibration. */
const EXAMPLE_PROBABILITY = 0.9;

/** The method and its limits in plain words, one paragraph each, for the HTML report (and anywhere a reader asks "how sure is this?"). */
export function methodParagraphs(facts: MethodFacts): { title: string; text: string }[] {
  const fpr = MEASURED_FALSE_POSITIVE_RATES[facts.modelVersion]?.[facts.sensitivity];
  const preset = t(`sensitivity.${facts.sensitivity}`);
  const words = { ai: LABELS.ai.text, human: LABELS.human.text, unsure: LABELS.unsure.text, mixed: LABELS.mixed.text, unknown: LABELS.unknown.text };
  return [
    { title: t('audit.method.done.title'), text: t('audit.method.done', { engine: facts.engineVersion, model: facts.modelVersion }) },
    { title: t('audit.method.probability.title'), text: t('audit.method.probability', { example: decimal(EXAMPLE_PROBABILITY, 2), ai: words.ai }) },
    {
      title: t('audit.method.labels.title'),
      text: t('audit.method.labels', {
        ...words,
        preset,
        threshold: facts.threshold !== undefined ? decimal(facts.threshold, 3) : t('audit.method.labels.threshold'),
        humanThreshold: facts.humanThreshold !== undefined ? decimal(facts.humanThreshold, 4) : t('audit.method.labels.humanThreshold'),
        few: facts.minDocumentWords ? t('audit.method.labels.fewer', { n: facts.minDocumentWords }) : t('audit.method.labels.tooFew'),
      }),
    },
    {
      title: t('audit.method.fpr.title'),
      text:
        fpr !== undefined
          ? t('audit.method.fpr', { preset, rate: pct(fpr), ai: words.ai, mixed: words.mixed, expected: Math.round(fpr * 1000) })
          : t('audit.method.fprUnmeasured', { model: facts.modelVersion, preset, ai: words.ai }),
    },
    { title: t('audit.method.evidence.title'), text: t('audit.method.evidence', { ai: words.ai, mixed: words.mixed }) },
    { title: t('audit.method.images.title'), text: t('audit.method.images') },
  ];
}
