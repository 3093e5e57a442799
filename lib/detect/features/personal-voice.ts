import { CONTRACTION, FIRST_PERSON } from '../lexicon';
import { per100, type Signal } from './types';

export const personalVoice: Signal = {
  id: 'personal-voice',
  sign: -1,
  compute: (stats) => {
    const firstPerson = stats.words.filter((w) => FIRST_PERSON.has(w)).length;
    const contractions = stats.text.match(CONTRACTION)?.length ?? 0;
    return Math.log1p(per100(firstPerson + contractions, stats.words.length));
  },
  explain: (towardsMachine) => (towardsMachine ? 'impersonal voice: no contractions or first person' : 'informal, personal voice (contractions, first person)'),
};
