import type { Reason } from '../schema/verdict';
import { SIGNALS } from './features';
import type { LoadedModel, RawScore } from './model';
import { FUNCTION_WORDS, hashToken, prepareText, tokensOf } from './ngrams';

/** Parts named in a passage's explanation. */
const MAX_REASONS = 3;
/** Contributions smaller than this (in log-odds units) are not worth naming. */
const MIN_REASON_WEIGHT = 0.15;
/** Example words quoted for the word-choice reason. */
const EXAMPLE_WORDS = 3;

/** The passage's own words that pushed hardest in the given direction (content words only: quoting "the" explains nothing). */
function exampleWords(model: LoadedModel, raw: RawScore, towardsMachine: boolean): string[] {
  const seen = new Set<string>();
  const scored: { word: string; weight: number }[] = [];
  for (const token of tokensOf(prepareText(raw.stats.text))) {
    if (seen.has(token) || token.length < 3 || FUNCTION_WORDS.has(token) || !/^\p{L}/u.test(token)) continue;
    seen.add(token);
    const id = hashToken(token) % model.space.wordBuckets;
    const weight = model.table[id]! * (towardsMachine ? 1 : -1);
    if (weight > 0) scored.push({ word: token, weight });
  }
  return scored
    .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word))
    .slice(0, EXAMPLE_WORDS)
    .map((s) => s.word);
}

const quote = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

export function explain(model: LoadedModel, raw: RawScore): Reason[] {
  const parts: { signal: string; weight: number; text: (towardsMachine: boolean) => string }[] = [
    {
      signal: 'word-choice',
      weight: raw.contributions.words,
      text: (m) => {
        const examples = exampleWords(model, raw, m);
        const base = m ? 'word choices far more common in machine text' : 'word choices more typical of people';
        return examples.length ? `${base}, such as ${quote(examples)}` : base;
      },
    },
    {
      signal: 'spelling-and-punctuation',
      weight: raw.contributions.characters,
      text: (m) => (m ? 'spelling, word endings and punctuation as machines write them' : 'spelling, word endings and punctuation as people write them'),
    },
    {
      signal: 'sentence-patterns',
      weight: raw.contributions.style,
      text: (m) => (m ? 'sentence patterns typical of machine text, whatever the topic' : 'sentence patterns typical of people'),
    },
    ...SIGNALS.map((signal, i) => ({ signal: signal.id, weight: raw.contributions.signals[i]!, text: (m: boolean) => signal.explain(m, raw.signalValues[i]!, raw.stats) })),
  ];
  return parts
    .filter((p) => Math.abs(p.weight) >= MIN_REASON_WEIGHT)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, MAX_REASONS)
    .map((p) => ({ signal: p.signal, text: p.text(p.weight > 0), weight: Math.round(p.weight * 100) / 100 }));
}
