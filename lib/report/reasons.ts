import type { Reason } from '../schema/verdict';
import { getLocale, t, type MessageKey } from '../i18n';

/**
 * A passage's reason in the reader's language. The detector writes each reason in English with the
 * passage's own words quoted (“leverage”); other languages say the signal's meaning from the catalogue,
 * by its signal id and direction, and keep the quoted words. An unknown signal keeps its English text.
 */
const SIGNALS = ['word-choice', 'spelling-and-punctuation', 'sentence-patterns', 'ai-vocabulary', 'assistant-phrases', 'dashes-and-commas', 'informal-punctuation', 'irregularities', 'personal-voice', 'sentence-uniformity'] as const;
type Signal = (typeof SIGNALS)[number];

export function reasonText(reason: Pick<Reason, 'signal' | 'text' | 'weight'>): string {
  if (getLocale() === 'en') return reason.text;
  const signal = SIGNALS.find((s) => s === reason.signal) as Signal | undefined;
  if (!signal) return reason.text;
  const said = t(`reason.${signal}.${reason.weight > 0 ? 'machine' : 'human'}` as MessageKey);
  const quoted = reason.text.match(/“[^”]*”/g);
  return quoted ? `${said}: ${quoted.join(', ')}` : said;
}

export const REASON_SIGNALS = SIGNALS;
