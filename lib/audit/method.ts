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

const pct = (n: number) => `${(n * 100).toLocaleString('en', { maximumFractionDigits: 1 })}%`;

/** The method and its limits in plain words, one paragraph each, for the HTML report (and anywhere a reader asks "how sure is this?"). */
export function methodParagraphs(facts: MethodFacts): { title: string; text: string }[] {
  const fpr = MEASURED_FALSE_POSITIVE_RATES[facts.modelVersion]?.[facts.sensitivity];
  return [
    {
      title: 'What was done',
      text: `Each file was read on this computer and its text split into passages (paragraphs, headings, list items). Assay's local detector (engine ${facts.engineVersion}, model ${facts.modelVersion}) scored every passage and the document as a whole. Nothing was sent anywhere: no remote classifier is asked during an audit.`,
    },
    {
      title: 'What the probability means',
      text: `The probability is the detector's estimate that the text was written by a machine, calibrated on texts whose origin is known: among documents scored 0.90, about nine in ten were machine-written in that data. It is not the share of the text written by AI. The AI share is a different figure: the share of the judged words that lie in passages labelled ${LABELS.ai.text}.`,
    },
    {
      title: 'How labels are given',
      text: `At the ${facts.sensitivity} preset a document is ${LABELS.ai.text} from a probability of ${facts.threshold !== undefined ? facts.threshold.toFixed(3) : 'the preset’s threshold'}, ${LABELS.human.text} at or below ${facts.humanThreshold !== undefined ? facts.humanThreshold.toFixed(4) : 'the human threshold'}, and ${LABELS.unsure.text} between the two. ${LABELS.mixed.text} means some passages are labelled AI while others lean human. ${LABELS.unknown.text} means ${facts.minDocumentWords ? `fewer than ${facts.minDocumentWords} words` : 'too few words'} of English prose could be judged: code, tables, short notes and other languages are not judged.`,
    },
    {
      title: 'False positives',
      text:
        fpr !== undefined
          ? `At the ${facts.sensitivity} preset, ${pct(fpr)} of human-written documents in held-out test data were labelled ${LABELS.ai.text} or ${LABELS.mixed.text} (docs/accuracy.md). Across a portfolio of a thousand human-written files, expect about ${Math.round(fpr * 1000)} such labels.`
          : `The false-positive rate of model ${facts.modelVersion} at the ${facts.sensitivity} preset has not been measured yet (npm run eval writes it to docs/accuracy.md). The cautious preset is set to keep false accusations rare, but read every ${LABELS.ai.text} label as a reason to look, not as a finding.`,
    },
    {
      title: 'A verdict is evidence, not proof',
      text: `Human writing that is formulaic, heavily edited, translated or written to a template can look machine-made; machine text that a person rewrote can look human. A label says how the text reads to one statistical model, not who wrote it. Before acting on a ${LABELS.ai.text} or ${LABELS.mixed.text} label, read the flagged passages, ask the freelancer how the work was made, and weigh the label with everything else you know.`,
    },
    {
      title: 'Images and files not read',
      text: 'Images are judged by their provenance data (Content Credentials, IPTC and generator metadata), never by how they look; an image with no such data proves nothing either way. Files that could not be read (encrypted, damaged, scanned without a text layer, of an unknown type) are listed with the reason and were not judged.',
    },
  ];
}
