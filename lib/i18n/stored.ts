import { getLocale } from './index';

/**
 * Words a record stores in English (the detector's reasons, readers' notes, the provenance reader's
 * sentences, why a writing history was not read), said again in the reader's language through a table
 * of patterns. English readers get the words as stored; a sentence no pattern knows goes to `fallback`
 * (by default shown as written), so a new sentence is never lost, only left in English.
 */
export type StoredRule = readonly [RegExp, (m: RegExpMatchArray) => string];

export function sayStored(text: string, rules: readonly StoredRule[], fallback: (text: string) => string = (x) => x): string {
  if (getLocale() === 'en') return text;
  for (const [pattern, say] of rules) {
    const match = text.match(pattern);
    if (match) return say(match);
  }
  return fallback(text);
}

/** A count as the English writers print it ("1,204"). */
export const storedCount = (digits: string): number => Number(digits.replace(/,/g, ''));
