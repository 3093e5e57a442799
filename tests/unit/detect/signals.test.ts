import { describe, expect, it } from 'vitest';
import { aiVocabulary } from '../../../lib/detect/features/ai-vocabulary';
import { assistantPhraseMatches, assistantPhrases } from '../../../lib/detect/features/assistant-phrases';
import { SIGNALS } from '../../../lib/detect/features';
import { irregularityCount } from '../../../lib/detect/features/irregularities';
import { personalVoice } from '../../../lib/detect/features/personal-voice';
import { lengthVariation, sentenceUniformity } from '../../../lib/detect/features/sentence-uniformity';
import { guessLanguage } from '../../../lib/detect/language';
import { sentencesOf, statsOf, wordsOf } from '../../../lib/detect/text';
import { undisguise, unicodeReasons } from '../../../lib/detect/unicode';
import params from '../../../lib/detect/model.json';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';


describe('the signal registry', () => {
  it('registers every signal file, each once, in the order the model was trained on', () => {
    const files = readdirSync(join(import.meta.dirname, '../../../lib/detect/features')).filter((f) => !['index.ts', 'types.ts'].includes(f));
    expect(SIGNALS).toHaveLength(files.length);
    expect(new Set(SIGNALS.map((s) => s.id)).size).toBe(SIGNALS.length);
    expect(SIGNALS.map((s) => s.id)).toEqual(params.signals.ids);
  });

  it('gives every signal a plain-language explanation both ways', () => {
    const stats = statsOf('I think we should delve into it. It is crucial. Furthermore, it matters.');
    for (const signal of SIGNALS) {
      expect(signal.explain(true, 1, stats).length, signal.id).toBeGreaterThan(8);
      expect(signal.explain(false, -1, stats).length, signal.id).toBeGreaterThan(8);
    }
  });

  it('keeps the learned weights within each signal’s allowed sign', () => {
    SIGNALS.forEach((s, i) => {
      if (s.sign > 0) expect(params.signals.weights[i], s.id).toBeGreaterThanOrEqual(0);
      if (s.sign < 0) expect(params.signals.weights[i], s.id).toBeLessThanOrEqual(0);
    });
  });
});

describe('text statistics', () => {
  it.each([
    ["Don't stop. It's fine!", ["don't", 'stop', "it's", 'fine']],
    ['Well-known 3D models', ['well-known', '3d', 'models']],
  ])('words of %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
  it.each([
    ['One. Two! Three? Four', 4],
    ['Dr Smith arrived.\nNext line', 2],
    ['"Quoted." Then more.', 2],
    ['We met at 3 p.m. yesterday. The U.S. team won.', 2],
  ])('sentences of %j', (text, count) => {
    expect(sentencesOf(text)).toHaveLength(count);
  });
});

describe('signals, table-driven', () => {
  it.each([
    ['It is important to note that we must delve into this.', ['it is important to note', 'delve into']],
    ['In conclusion, the plan works.', ['in conclusion']],
    ['We walked to the shop.', []],
  ])('assistant phrases in %j', (text, found) => {
    expect(assistantPhraseMatches(text)).toEqual(found);
  });

  it.each([
    ['Furthermore, this comprehensive approach is crucial.', 'higher'],
    ['We walked to the shop and bought bread.', 'lower'],
  ])('AI-favoured vocabulary of %j is %s', (text, direction) => {
    const value = aiVocabulary.compute(statsOf(text));
    if (direction === 'higher') expect(value).toBeGreaterThan(1);
    else expect(value).toBe(0);
  });

  it('measures sentence-length spread', () => {
    expect(lengthVariation([10, 10, 10])).toBe(0);
    expect(lengthVariation([3, 25, 8, 40])).toBeGreaterThan(0.6);
    expect(lengthVariation([5, 6])).toBe(0.45);
    const uniform = 'The team met today. The plan was agreed. The work will start soon. The cost is within budget.';
    const varied = 'We met. Honestly, after three hours of going back and forth about the budget, nobody wanted to argue any more, so we agreed. Fine. Work starts Monday.';
    expect(sentenceUniformity.compute(statsOf(uniform))).toBeLessThan(sentenceUniformity.compute(statsOf(varied)));
  });

  it('hears a personal voice', () => {
    expect(personalVoice.compute(statsOf("I'm sure I'd rather go, but I can't."))).toBeGreaterThan(personalVoice.compute(statsOf('The committee approved the proposal.')));
  });

  it.each([
    ['i think so. and then we left', 2],
    ['the the plan', 1],
    ['Really?? Yes.', 1],
    ['A clean sentence. Another one.', 0],
  ])('counts slips in %j', (text, count) => {
    expect(irregularityCount(text)).toBe(count);
  });

  it('scores phrases and vocabulary only ever towards machine', () => {
    expect(assistantPhrases.sign).toBe(1);
    expect(aiVocabulary.sign).toBe(1);
    expect(personalVoice.sign).toBe(-1);
  });
});

describe('language', () => {
  it.each([
    ['The report was sent to the client on Monday and they replied with a few questions about the budget.', true, undefined],
    ["Nous sommes partis de Rennes un mardi matin, sous une pluie fine qui ne nous a pas quittés avant la mer.", false, 'French'],
    ['Wir sind am Dienstag mit dem Zug nach Berlin gefahren und haben dort die ganze Woche bei Freunden gewohnt.', false, 'German'],
    ['Fuimos a la playa el martes por la mañana y comimos pescado en el puerto con los amigos de la familia.', false, 'Spanish'],
  ])('%j → english %s', (text, english, language) => {
    const guess = guessLanguage(wordsOf(text));
    expect(guess.english).toBe(english);
    expect(guess.language).toBe(language);
  });
});

describe('invisible characters and homoglyphs', () => {
  it('reports zero-width characters and look-alike letters as their own evidence', () => {
    const text = 'This\u200b text hides a zero\u200d width joiner and a Cyrillic \u0430 in p\u0430ssword.';
    const signals = unicodeReasons(text).map((r) => r.signal);
    expect(signals).toEqual(['invisible-chars', 'homoglyphs']);
  });
  it('scores the text as if the disguise were not there', () => {
    expect(undisguise('p\u0430ss\u200bword')).toBe('password');
  });
  it('leaves ordinary text alone', () => {
    expect(unicodeReasons('Plain text, café, naïve.')).toEqual([]);
  });
});
