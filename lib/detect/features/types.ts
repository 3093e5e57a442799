import type { TextStats } from '../text';

/**
 * One signal: a number computed from a passage's statistics, and how to say in plain words what it
 * means when it pushes a verdict towards machine (`towardsMachine`) or towards a person.
 * `sign` constrains the learned weight: +1 may only push towards machine, -1 only towards a person, 0 either
 * way. Constraints keep explanations honest and stop, say, a personal voice from ever counting against
 * the writer.
 */
export interface Signal {
  id: string;
  sign: -1 | 0 | 1;
  compute(stats: TextStats): number;
  explain(towardsMachine: boolean, value: number, stats: TextStats): string;
}

export const per100 = (count: number, words: number) => (words === 0 ? 0 : (100 * count) / words);
