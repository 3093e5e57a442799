import { fnv1a32 } from '../hashing';
import { hashedScore } from './lexical';
import type { Signal, SignalContext } from './types';

/**
 * Sentence patterns with the topic taken out: every word that is not a function word becomes a
 * placeholder, punctuation stays, and the passage is read as hashed trigrams of what is left ("it is
 * <w> to", ", <w> , and", "not only <w>"). Word n-grams learn topics as well as style, which does not
 * carry over to a genre never seen in training; these patterns are the same in a recipe and a report.
 * The weights are learned like the lexical ones; placeholders carry no length or rarity, so plain,
 * simple vocabulary looks exactly like rich vocabulary here (the fairness rule in docs/detector.md).
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any each every no all both either neither such ' +
    'i me my mine we us our you your he him his she her it its they them their one ' +
    'who whom whose which what where when why how whether if then than so as because since though although while unless until ' +
    'and or but nor yet not only also too very just even still already again ever never always often ' +
    'of in on at by for with without from to into onto over under about above below between among through during before after against within across along around upon ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    "there here more most less least much many few several other another same own " +
    "it's i'm don't doesn't didn't can't won't isn't aren't wasn't weren't i've i'd i'll you're we're they're that's there's let's"
  ).split(/\s+/),
);

const TOKEN = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[.,;:!?()"“”—–]/gu;

/** The passage as function words, punctuation and placeholders. */
export function styleTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/’/g, "'").match(TOKEN) ?? []) {
    if (FUNCTION_WORDS.has(raw) || !/[\p{L}\p{N}]/u.test(raw)) out.push(raw);
    else out.push(/^\p{N}+$/u.test(raw) ? '<n>' : '<w>');
  }
  return out;
}

export const STYLE_BUCKETS = 1 << 16;

export function styleBuckets(text: string, buckets = STYLE_BUCKETS): number[] {
  const t = styleTokens(text);
  const out: number[] = [];
  for (let i = 2; i < t.length; i++) out.push(fnv1a32(`${t[i - 2]} ${t[i - 1]} ${t[i]}`) % buckets);
  return out;
}

export const styleScore = (text: string, table: NonNullable<SignalContext['style']>) => hashedScore(styleBuckets(text, table.buckets), table);

export const style: Signal = {
  id: 'style',
  sign: 0,
  compute: (stats, context) => (context.style ? styleScore(stats.text, context.style) : 0),
  explain: (towardsMachine) => (towardsMachine ? 'sentence patterns typical of machine text, whatever the topic' : 'sentence patterns typical of people'),
};
