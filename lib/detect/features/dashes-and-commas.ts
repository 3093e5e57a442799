import { per100, type Signal } from './types';

export const dashesAndCommas: Signal = {
  id: 'dashes-and-commas',
  sign: 0,
  compute: (stats) => Math.log1p(per100((stats.text.match(/—|,/g) ?? []).length, stats.words.length)),
  explain: (towardsMachine) => (towardsMachine ? 'many clauses strung together with commas and dashes' : 'plain clause structure'),
};
