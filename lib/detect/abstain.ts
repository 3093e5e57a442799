import type { Segment } from '../schema/deliverable';
import { guessLanguage } from './language';
import type { TextStats } from './text';

/**
 * When a passage is not judged, and why. The word floor is measured: on held-out data the AUROC of
 * single passages falls steeply below it (see docs/accuracy.md, "accuracy by length").
 */
export const MIN_WORDS = 30;

const CODE_HINTS = /[{};]\s*$|^\s*(import|export|const|let|var|function|def|class|return|public|private)\b|=>|==|\)\s*\{/m;
const SIGNATURE = /^(--\s*$|best( regards)?,?$|kind regards,?$|regards,?$|thanks,?$|cheers,?$|sent from my )/im;

function looksLikeCode(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length === 0) return false;
  const codeLines = lines.filter((l) => CODE_HINTS.test(l)).length;
  const symbols = (text.match(/[{}()[\];=<>]/g) ?? []).length / Math.max(1, text.length);
  return codeLines / lines.length > 0.4 || symbols > 0.08;
}

export function abstainReason(segment: Pick<Segment, 'kind' | 'text'>, stats: TextStats): string | undefined {
  if (segment.kind === 'code' || looksLikeCode(segment.text)) return 'looks like code: not judged';
  if (segment.kind === 'table') return 'a table: not judged';
  const lines = segment.text.split('\n');
  if (lines.length > 1 && lines.filter((l) => l.trimStart().startsWith('>')).length / lines.length > 0.5) return 'a quoted reply: not the sender’s own text';
  if (stats.words.length < MIN_WORDS) return `too short to judge (${stats.words.length} words; needs ${MIN_WORDS})`;
  if (SIGNATURE.test(segment.text) && stats.words.length < 60) return 'a signature or sign-off: not judged';
  const language = guessLanguage(stats.words);
  if (!language.english)
    return language.language
      ? `looks like ${language.language}; the detector is built for English`
      : 'not recognised as English; the detector is built for English';
  return undefined;
}
