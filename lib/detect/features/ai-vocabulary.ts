import { AI_FAVOURED_WORDS } from '../lexicon';
import { per100, type Signal } from './types';

function favoured(words: readonly string[]): string[] {
  return words.filter((w) => AI_FAVOURED_WORDS.has(w));
}

export const aiVocabulary: Signal = {
  id: 'ai-vocabulary',
  sign: 1,
  compute: (stats) => Math.log1p(per100(favoured(stats.words).length, stats.words.length)),
  explain: (towardsMachine, _value, stats) => {
    if (!towardsMachine) return 'little of the vocabulary that language models overuse';
    const found = [...new Set(favoured(stats.words))].slice(0, 4);
    return `words language models overuse: ${found.map((f) => `“${f}”`).join(', ')}`;
  },
};
