import { ASSISTANT_PHRASES } from '../lexicon';
import { per100, type Signal } from './types';

const PATTERN = new RegExp(ASSISTANT_PHRASES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|'), 'giu');

export function assistantPhraseMatches(text: string): string[] {
  return text.toLowerCase().match(PATTERN) ?? [];
}

export const assistantPhrases: Signal = {
  id: 'assistant-phrases',
  sign: 1,
  compute: (stats) => Math.log1p(per100(assistantPhraseMatches(stats.text).length, stats.words.length)),
  explain: (towardsMachine, _value, stats) => {
    if (!towardsMachine) return 'few of the stock phrases chat assistants favour';
    const found = [...new Set(assistantPhraseMatches(stats.text).map((m) => m.replace(/,$/, '')))].slice(0, 3);
    return `phrases typical of chat assistants: ${found.map((f) => `“${f}”`).join(', ')}`;
  },
};
