import { per100, type Signal } from './types';

const INFORMAL = /[!?]|\.\.\.|…|\(|\)|:\)|;\)|\bhaha|\blol\b/g;

export const informalPunctuation: Signal = {
  id: 'informal-punctuation',
  sign: 0,
  compute: (stats) => Math.log1p(per100(stats.text.match(INFORMAL)?.length ?? 0, stats.words.length)),
  explain: (towardsMachine) => (towardsMachine ? 'even, formal punctuation throughout' : 'exclamations, questions and asides in brackets'),
};
