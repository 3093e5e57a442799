import type { Reason } from '../schema/verdict';

/**
 * Invisible characters and look-alike letters are their own evidence: they are how text is watermarked
 * or disguised to fool detectors. They are reported, not scored.
 */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E]/g;
// Cyrillic or Greek letters inside a word that is otherwise Latin.
const HOMOGLYPH = /(?=[\p{Script=Latin}\u0370-\u03FF\u0400-\u04FF]*[\p{Script=Latin}])(?=[\p{Script=Latin}\u0370-\u03FF\u0400-\u04FF]*[\u0370-\u03FF\u0400-\u04FF])[\p{Script=Latin}\u0370-\u03FF\u0400-\u04FF]+/gu;

export function unicodeReasons(text: string): Reason[] {
  const reasons: Reason[] = [];
  const invisible = text.match(INVISIBLE)?.length ?? 0;
  if (invisible > 0) reasons.push({ signal: 'invisible-chars', text: `${invisible} invisible character${invisible > 1 ? 's' : ''} (zero-width or direction marks) hidden in the text`, weight: 0 });
  const mixed = text.match(HOMOGLYPH)?.length ?? 0;
  if (mixed > 0) reasons.push({ signal: 'homoglyphs', text: `${mixed} word${mixed > 1 ? 's' : ''} mixing Latin with look-alike Cyrillic or Greek letters`, weight: 0 });
  return reasons;
}

/** Text with invisible characters removed and look-alikes mapped back, so disguises do not change the score. */
const LOOKALIKES: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', ο: 'o', α: 'a', ε: 'e', ι: 'i', ν: 'v', ρ: 'p' };
/** Greek or Cyrillic letters anywhere: only then can a word mix them with Latin ones. */
const GREEK_OR_CYRILLIC = /[\u0370-\u03FF\u0400-\u04FF]/;
export function undisguise(text: string): string {
  const visible = text.replace(INVISIBLE, '');
  // Most texts hold no Greek or Cyrillic at all; the look-ahead pattern below is the costly part of scoring them.
  if (!GREEK_OR_CYRILLIC.test(visible)) return visible;
  return visible.replace(HOMOGLYPH, (word) => word.replace(/[\u0370-\u03FF\u0400-\u04FF]/g, (ch) => LOOKALIKES[ch] ?? ch));
}
