import type { Segment } from '../schema/deliverable';
import { guessLanguage } from './language';
import type { TextStats } from './text';

/**
 * When a passage is not judged on its own, and why. The word floor is measured: on held-out data a
 * single passage's AUROC falls steeply below it (docs/accuracy.md, "Single passages by length").
 * Short passages still count towards their document's verdict; the other kinds do not.
 */
export const MIN_WORDS = 30;

export type UnjudgedKind = 'code' | 'table' | 'quote' | 'short' | 'signature' | 'language';

export interface Unjudged {
  kind: UnjudgedKind;
  reason: string;
  /** The language, when the passage is set aside for being in another language and it is recognised. */
  language?: string;
}

const CODE_HINTS = /[{};]\s*$|^\s*(import|export|const|let|var|function|def|class|return|public|private)\b|=>|==|\)\s*\{/m;
const SIGNATURE = /^(--\s*$|best( regards)?,?$|kind regards,?$|regards,?$|thanks,?$|cheers,?$|sent from my )/im;

/**
 * Code needs several lines that read like code, or a density of brackets and operators prose never
 * has: one sentence ending in a semicolon is still a sentence.
 */
function looksLikeCode(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length === 0) return false;
  const codeLines = lines.filter((l) => CODE_HINTS.test(l)).length;
  const symbols = (text.match(/[{}()[\];=<>]/g) ?? []).length / Math.max(1, text.length);
  return (lines.length >= 2 && codeLines / lines.length > 0.4) || symbols > 0.08;
}

export function judgeability(segment: Pick<Segment, 'kind' | 'text'>, stats: TextStats): Unjudged | undefined {
  // A short sentence with a bracket is not code: below the word floor only the page's own markup says so.
  if (segment.kind === 'code' || (stats.words.length >= MIN_WORDS && looksLikeCode(segment.text))) return { kind: 'code', reason: 'looks like code: not judged' };
  if (segment.kind === 'table') return { kind: 'table', reason: 'a table: not judged' };
  const lines = segment.text.split('\n');
  if (lines.length > 1 && lines.filter((l) => l.trimStart().startsWith('>')).length / lines.length > 0.5) return { kind: 'quote', reason: 'a quoted reply: not the sender’s own text' };
  const language = guessLanguage(stats.words);
  if (!language.english)
    return language.language
      ? { kind: 'language', reason: `not judged: ${language.language}; the detector is built for English`, language: language.language }
      : { kind: 'language', reason: 'not judged: not recognised as English; the detector is built for English' };
  if (stats.words.length < MIN_WORDS) return { kind: 'short', reason: `too short to judge on its own (${stats.words.length} word${stats.words.length === 1 ? '' : 's'}; needs ${MIN_WORDS}); counted in the document` };
  if (SIGNATURE.test(segment.text) && stats.words.length < 60) return { kind: 'signature', reason: 'a signature or sign-off: not judged' };
  return undefined;
}
