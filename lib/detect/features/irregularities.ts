import { per100, type Signal } from './types';

/**
 * Slips that models almost never make: a lower-case "i" as a word, a sentence starting in lower case,
 * doubled words, doubled punctuation. Only ever evidence for a person: their absence proves nothing,
 * and polished human prose has none.
 */
const PATTERNS = [/(^|\s)i(\s|$)/g, /[.!?]\s+[a-z]/g, /\b(\w+)\s+\1\b/gi, /[!?]{2,}|\.{4,}|,,/g, / {2,}\S/g];

export function irregularityCount(text: string): number {
  return PATTERNS.reduce((sum, p) => sum + (text.match(p)?.length ?? 0), 0);
}

export const irregularities: Signal = {
  id: 'irregularities',
  sign: -1,
  compute: (stats) => Math.log1p(per100(irregularityCount(stats.text), stats.words.length)),
  explain: (towardsMachine) => (towardsMachine ? 'no typing slips at all' : 'typing slips and irregular punctuation people make'),
};
