// The text filters behind the extra training data (scripts/data): what they strip, keep and drop.
import { describe, expect, it } from 'vitest';
import {
  Collector,
  dedupeKey,
  detokenizeWritingPrompts,
  hashCap,
  isRefusal,
  normalizeText,
  parseCsv,
  stripChatFrame,
  type Row,
} from '../../../scripts/data/lib';

describe('stripChatFrame', () => {
  it('removes a preamble line and a closing offer, keeping the answer', () => {
    const r = stripChatFrame('Sure! Here is the email:\n\nDear Ana,\nThe report is attached.\n\nLet me know if you need anything else.');
    expect(r).toEqual({ text: 'Dear Ana,\nThe report is attached.', stripped: true });
  });

  it('removes stacked preambles and one glued to the text when line breaks were lost', () => {
    expect(stripChatFrame("Sure, I can help with that!\n\nHere's a sample list:\n\n1. Check stock.").text).toBe('1. Check stock.');
    expect(stripChatFrame('Here is a 20 sentence story based on the prompt:The city was quiet.').text).toBe('The city was quiet.');
  });

  it('drops a bare opening interjection but keeps the sentence it starts', () => {
    expect(stripChatFrame('Sure, writing without adjectives is hard.\n\nTry verbs.').text).toBe('Writing without adjectives is hard.\n\nTry verbs.');
  });

  it('leaves content that only looks like a preamble', () => {
    const story = 'Here is where it gets strange, because nobody planned for rain.\nThe next day the river rose.';
    expect(stripChatFrame(story)).toEqual({ text: story, stripped: false });
    const advice = 'Rest and drink fluids.\n\nIf you have a fever above 39 °C, see a doctor the same day.';
    expect(stripChatFrame(advice).text).toBe(advice);
  });
});

describe('isRefusal', () => {
  it('flags self-descriptions and refusals', () => {
    expect(isRefusal('As an AI language model, I cannot browse the web.')).toBe(true);
    expect(isRefusal('It is important to note that I am a language model and cannot diagnose.')).toBe(true);
    expect(isRefusal("I'm sorry, but I can't assist with that.")).toBe(true);
  });

  it('does not flag text about language models', () => {
    expect(isRefusal('"Scaling Laws for Neural Language Models" by Kaplan et al. (2020)')).toBe(false);
  });
});

describe('detokenizeWritingPrompts', () => {
  it("undoes the corpus tokenisation (did n' t, it' s, spaced quotes and brackets)", () => {
    expect(detokenizeWritingPrompts(`I did n' t know. It' s " fine " ( really ) .`)).toBe(`I didn't know. It's "fine" (really).`);
  });
});

describe('normalizeText', () => {
  it('repairs UTF-8 read as Windows-1252 or Mac Roman and tidies whitespace', () => {
    expect(normalizeText('It‚Äôs the patient‚Äôs chart \r\n\r\n\r\nnext')).toBe('It’s the patient’s chart\n\nnext');
    expect(normalizeText('donâ€™t')).toBe('don’t');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields holding commas, quotes and newlines', () => {
    expect(parseCsv('id,text\n1,"a, ""b""\nc"\r\n2,d\n')).toEqual([
      { id: '1', text: 'a, "b"\nc' },
      { id: '2', text: 'd' },
    ]);
  });
});

describe('hashCap and dedupe', () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ id: `x:${i}`, label: (i % 2 ? 'ai' : 'human') as Row['label'] }));

  it('keeps the same rows whatever the input order, per label', () => {
    const a = hashCap(rows, 2).map((r) => r.id).sort();
    const b = hashCap([...rows].reverse(), 2).map((r) => r.id).sort();
    expect(a).toEqual(b);
    expect(a).toHaveLength(4);
  });

  it('treats case and whitespace variants as one text and counts every drop', () => {
    expect(dedupeKey('Hello   World\n')).toBe(dedupeKey('hello world'));
    const c = new Collector('t.jsonl', new Set([dedupeKey('shared text '.repeat(20))]));
    const base = { label: 'human' as const, domain: 'd', generator: 'human', source: 's' };
    const long = 'word '.repeat(45);
    expect(c.add({ ...base, id: 'a:1', text: long })).toBe(true);
    expect(c.add({ ...base, id: 'a:2', text: long.toUpperCase() })).toBe(false);
    expect(c.add({ ...base, id: 'a:3', text: 'too short' })).toBe(false);
    expect(c.add({ ...base, id: 'a:4', text: 'shared text '.repeat(20) })).toBe(false);
    expect(c.add({ ...base, id: 'a:5', label: 'ai', text: `As an AI language model, ${long}` })).toBe(false);
    expect(c.add({ ...base, id: 'a:6', text: `broken \ufffd bytes ${long}` })).toBe(false);
    expect(c.rows.map((r) => r.id)).toEqual(['a:1']);
    expect([...c.drops.values()].reduce((s, n) => s + n, 0)).toBe(5);
  });
});
