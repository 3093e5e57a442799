import type { DocumentLabel, SegmentLabel } from '../schema/verdict';
import type { ProvenanceVerdict } from '../schema/provenance';
import { decimal, plural, t, type MessageKey } from '../i18n';
import { abstainText } from './abstain';

/**
 * The wording and colours of every label, in one table keyed by label id, for every surface: popup,
 * dashboard, chips and panels, in-page highlights, the toolbar badge, reports and the CLI. A new label
 * is one entry here (the type checks make every surface handle it). The words themselves are in the
 * message catalogues (lib/i18n), so every surface says them in the reader's language.
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

/** A label's words, read from the current language's catalogue each time (the language can change). */
function style(words: { text: MessageKey; passage?: MessageKey; report?: MessageKey; tag: MessageKey }, color: string, highlight: string): LabelStyle {
  return {
    get text() {
      return t(words.text);
    },
    get passage() {
      return words.passage && t(words.passage);
    },
    get report() {
      return t(words.report ?? words.text);
    },
    get tag() {
      return t(words.tag);
    },
    color,
    highlight,
  };
}

export const LABELS: Record<DocumentLabel, LabelStyle> = {
  ai: style({ text: 'label.ai', passage: 'label.ai', tag: 'tag.ai' }, '#b91c1c', '220, 38, 38'),
  mixed: style({ text: 'label.mixed', report: 'label.mixed.report', tag: 'tag.mixed' }, '#b45309', '217, 119, 6'),
  unsure: style({ text: 'label.unsure', passage: 'label.unsure', report: 'label.unsure.report', tag: 'tag.unsure' }, '#475569', '100, 116, 139'),
  human: style({ text: 'label.human', passage: 'label.human', tag: 'tag.human' }, '#15803d', '22, 163, 74'),
  unknown: style({ text: 'label.unknown', passage: 'label.unknown.passage', tag: 'tag.unknown' }, '#4b5563', '107, 114, 128'),
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
  if (probability >= 0.9) return t('leaning.strongMachine');
  if (probability >= 0.6) return t('leaning.machine');
  if (probability > 0.4) return t('leaning.either');
  if (probability > 0.1) return t('leaning.human');
  return t('leaning.strongHuman');
}

/**
 * One opinion's probability in words, the same bands for the local detector and every second opinion:
 * *Likely AI* from the AI threshold, *Likely human* up to the human threshold, *Unsure* with its
 * leaning between ("Unsure, leans machine-written").
 */
export function opinionWords(probability: number, aiThreshold: number, humanThreshold = 0): string {
  if (probability >= aiThreshold) return LABELS.ai.text;
  if (probability <= humanThreshold) return LABELS.human.text;
  return t('opinion.unsure', { leaning: leaning(probability) });
}

/**
 * What a document verdict means, in one plain sentence for the popup and panels: a verdict is
 * evidence, never proof, and *Unsure* says which way it leans.
 */
export function verdictMeaning(verdict: { label: DocumentLabel; probability: number; abstain?: string }): string {
  switch (verdict.label) {
    case 'ai':
      return t('meaning.ai');
    case 'mixed':
      return t('meaning.mixed');
    case 'unsure':
      return t('meaning.unsure', { leaning: leaning(verdict.probability), p: decimal(verdict.probability, 2) });
    case 'human':
      return t('meaning.human');
    case 'unknown':
      return verdict.abstain ? abstainText(verdict.abstain) : t('meaning.unknown');
  }
}

/**
 * A document verdict in a few words, as chips and panels show it: "Likely AI · 80% AI",
 * "Unsure · leans machine-written, 0.78".
 */
export function verdictLine(label: DocumentLabel, aiShare: number, separator = ' · ', probability?: number): string {
  if (label === 'unknown') return LABELS.unknown.text;
  if (label === 'unsure')
    return probability === undefined ? LABELS.unsure.text : t('line.unsure', { label: LABELS.unsure.text, separator, leaning: leaning(probability), p: decimal(probability, 2) });
  if (label === 'human') return LABELS.human.text;
  return t('line.share', { label: LABELS[label].text, separator, share: String(Math.round(aiShare * 100)) });
}

/**
 * What an image's provenance says, in words and colours. Never "human": no data proves nothing.
 * `short` is the badge drawn on the image in the page.
 */
function imageStyle(text: MessageKey, short: MessageKey, color: string): { text: string; short: string; color: string } {
  return {
    get text() {
      return t(text);
    },
    get short() {
      return t(short);
    },
    color,
  };
}

export const IMAGE_VERDICTS: Record<ProvenanceVerdict, { text: string; short: string; color: string }> = {
  'ai-generated': imageStyle('image.aiGenerated', 'image.aiGenerated', '#b91c1c'),
  'ai-edited': imageStyle('image.aiEdited', 'image.aiEdited.short', '#b45309'),
  captured: imageStyle('image.captured', 'image.captured.short', '#15803d'),
  'edited-origin-unknown': imageStyle('image.edited', 'image.edited.short', '#4b5563'),
  'credentials-invalid': imageStyle('image.invalid', 'image.invalid', '#7c2d12'),
  'no-provenance': imageStyle('image.none', 'image.none.short', '#6b7280'),
};

/** Second opinions in a few words, for chips and panels: how many remote classifiers answered. */
export function secondOpinionNote(remote: { asked: number; used: number } | undefined): string | undefined {
  if (!remote || remote.asked === 0) return undefined;
  if (remote.used === 0) return t('second.none');
  return `${plural('second.with', remote.used)}${remote.used < remote.asked ? t('second.unused', { n: remote.asked - remote.used }) : ''}`;
}

/** The kinds of record that are not a platform's (a platform's kind reads as its name). */
export const OTHER_SOURCE_TEXT: Record<'page' | 'file' | 'sample', string> = {
  get page() {
    return t('source.page');
  },
  get file() {
    return t('source.file');
  },
  get sample() {
    return t('source.sample');
  },
};

/** A passage of text cut for display, on one line. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
