import type { DocumentLabel, SegmentLabel } from '../schema/verdict';
import type { ProvenanceVerdict } from '../schema/provenance';

/**
 * The wording and colours of every label, in one table keyed by label id, for every surface: popup,
 * dashboard, chips and panels, in-page highlights, the toolbar badge, reports and the CLI. A new label
 * is one entry here (the type checks make every surface handle it).
 */
interface LabelStyle {
  /** The document verdict as shown: "Likely AI". */
  text: string;
  /** A passage with this label, where passages can have it ("Not judged" rather than "Not enough text"). */
  passage?: string;
  /** The longer wording of plain-text reports. */
  report: string;
  /** A passage's short tag in a plain-text report. */
  tag: string;
  /** Badge and pill colour (white text on it passes WCAG AA). */
  color: string;
  /** The in-page highlight colour, as "r, g, b" for its translucent fill and outline. */
  highlight: string;
}

export const LABELS: Record<DocumentLabel, LabelStyle> = {
  ai: { text: 'Likely AI', passage: 'Likely AI', report: 'Likely AI', tag: 'AI', color: '#b91c1c', highlight: '220, 38, 38' },
  mixed: { text: 'Mixed', report: 'Mixed: some passages likely machine-written', tag: 'mixed', color: '#b45309', highlight: '217, 119, 6' },
  unsure: { text: 'Unsure', passage: 'Unsure', report: 'Unsure: the evidence points neither way clearly', tag: 'unsure', color: '#475569', highlight: '100, 116, 139' },
  human: { text: 'Likely human', passage: 'Likely human', report: 'Likely human', tag: 'human', color: '#15803d', highlight: '22, 163, 74' },
  unknown: { text: 'Not enough text', passage: 'Not judged', report: 'Not enough text', tag: 'n/a', color: '#4b5563', highlight: '107, 114, 128' },
};

export const labelText = (label: DocumentLabel): string => LABELS[label].text;
export const labelColor = (label: DocumentLabel): string => LABELS[label].color;
export const passageLabelText = (label: SegmentLabel): string => LABELS[label].passage ?? LABELS[label].text;

/**
 * Which way a probability leans, in words, for *Unsure* verdicts: the probability is an estimate,
 * so the words say the direction and how far, never a verdict. One band per range, the same for the
 * local detector and every second opinion.
 */
export function leaning(probability: number): string {
  if (probability >= 0.9) return 'leans strongly machine-written';
  if (probability >= 0.6) return 'leans machine-written';
  if (probability > 0.4) return 'could be either';
  if (probability > 0.1) return 'leans human-written';
  return 'leans strongly human-written';
}

/**
 * One opinion's probability in words, the same bands for the local detector and every second opinion:
 * *Likely AI* from the AI threshold, *Likely human* up to the human threshold, *Unsure* with its
 * leaning between ("Unsure, leans machine-written").
 */
export function opinionWords(probability: number, aiThreshold: number, humanThreshold = 0): string {
  if (probability >= aiThreshold) return LABELS.ai.text;
  if (probability <= humanThreshold) return LABELS.human.text;
  return `${LABELS.unsure.text}, ${leaning(probability)}`;
}

/**
 * What a document verdict means, in one plain sentence for the popup and panels: a verdict is
 * evidence, never proof, and *Unsure* says which way it leans.
 */
export function verdictMeaning(verdict: { label: DocumentLabel; probability: number; abstain?: string }): string {
  switch (verdict.label) {
    case 'ai':
      return 'The text reads as machine-written throughout. This is strong evidence, not proof.';
    case 'mixed':
      return 'Some passages read as machine-written; the rest do not. The highlighted passages are the evidence.';
    case 'unsure':
      return `The evidence points neither way clearly: it ${leaning(verdict.probability)} (probability ${verdict.probability.toFixed(2)}).`;
    case 'human':
      return 'The text reads as written by a person: machine text rarely scores this low.';
    case 'unknown':
      return verdict.abstain ?? 'Not enough text to judge. Assay does not guess on thin evidence.';
  }
}

/**
 * A document verdict in a few words, as chips and panels show it: "Likely AI · 80% AI",
 * "Unsure · leans machine-written, 0.78".
 */
export function verdictLine(label: DocumentLabel, aiShare: number, separator = ' · ', probability?: number): string {
  if (label === 'unknown') return LABELS.unknown.text;
  if (label === 'unsure') return probability === undefined ? LABELS.unsure.text : `${LABELS.unsure.text}${separator}${leaning(probability)}, ${probability.toFixed(2)}`;
  if (label === 'human') return LABELS.human.text;
  return `${LABELS[label].text}${separator}${Math.round(aiShare * 100)}% AI`;
}

/**
 * What an image's provenance says, in words and colours. Never "human": no data proves nothing.
 * `short` is the badge drawn on the image in the page.
 */
export const IMAGE_VERDICTS: Record<ProvenanceVerdict, { text: string; short: string; color: string }> = {
  'ai-generated': { text: 'AI-generated', short: 'AI-generated', color: '#b91c1c' },
  'ai-edited': { text: 'AI-edited / composite', short: 'AI-edited', color: '#b45309' },
  captured: { text: 'Captured (camera)', short: 'Camera', color: '#15803d' },
  'edited-origin-unknown': { text: 'Edited, origin not stated', short: 'Edited', color: '#4b5563' },
  'credentials-invalid': { text: 'Credentials invalid', short: 'Credentials invalid', color: '#7c2d12' },
  'no-provenance': { text: 'No provenance data', short: 'No data', color: '#6b7280' },
};

/** Second opinions in a few words, for chips and panels: how many remote classifiers answered. */
export function secondOpinionNote(remote: { asked: number; used: number } | undefined): string | undefined {
  if (!remote || remote.asked === 0) return undefined;
  if (remote.used === 0) return 'local verdict only: no second opinion could be used (details in the dashboard)';
  return `with ${remote.used === 1 ? 'a second opinion' : `${remote.used} second opinions`}${remote.used < remote.asked ? ` (${remote.asked - remote.used} could not be used)` : ''}`;
}

/** The kinds of record that are not a platform's (a platform's kind reads as its name). */
export const OTHER_SOURCE_TEXT: Record<'page' | 'file' | 'sample', string> = { page: 'Web page', file: 'File', sample: 'Sample' };

/** A passage of text cut for display, on one line. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
