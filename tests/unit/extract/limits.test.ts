import { describe, expect, it } from 'vitest';
import { mergeOmitted, PassageBudget, passageParts } from '../../../lib/extract/limits';
import { markdownPassages, plainTextPassages } from '../../../lib/extract/plain';
import { DeliverableSchema, MAX_DELIVERABLE_CHARS, MAX_SEGMENT_CHARS, MAX_SEGMENTS } from '../../../lib/schema/deliverable';
import { runSteps, runStepsSliced, type Steps } from '../../../lib/extract/steps';

const HUMAN = 'I drove out to the quarry on Sunday with my sister and we argued the whole way about whether the lake was deeper than last year.';
const MACHINE = 'Furthermore, it is crucial to leverage comprehensive, data-driven strategies that foster innovation and ensure sustainable growth.';

describe('splitting a long passage', () => {
  it('never cuts: a passage longer than the limit becomes sentence-aligned parts that hold all of its text', () => {
    const text = Array.from({ length: 400 }, (_, i) => `(${i}) ${HUMAN}`).join(' ');
    expect(text.length).toBeGreaterThan(MAX_SEGMENT_CHARS * 2);
    const parts = passageParts(text, 'paragraph');
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
      // Each part ends where a sentence ends, and the next begins with one.
      expect(part.endsWith('last year.')).toBe(true);
      expect(part.startsWith('(')).toBe(true);
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('splits code and tables at line ends, and a text with no sentence end at a space', () => {
    const code = Array.from({ length: 3000 }, (_, i) => `const value${i} = compute(${i});`).join('\n');
    const parts = passageParts(code, 'code');
    expect(parts.every((p) => p.length <= MAX_SEGMENT_CHARS && p.endsWith(';'))).toBe(true);
    expect(parts.join('\n')).toBe(code);
    const words = 'word '.repeat(10_000).trim();
    const wordParts = passageParts(words, 'paragraph');
    expect(wordParts.every((p) => p.length <= MAX_SEGMENT_CHARS && !p.startsWith(' ') && p.endsWith('word'))).toBe(true);
    expect(wordParts.join(' ')).toBe(words);
  });

  it('splits a text with no space at all at the limit, never inside a surrogate pair', () => {
    const emoji = '😀'.repeat(MAX_SEGMENT_CHARS);
    const parts = passageParts(emoji, 'paragraph');
    expect(parts.join('')).toBe(emoji);
    for (const part of parts) expect(part.length % 2).toBe(0);
  });
});

describe('the passage budget', () => {
  it('takes passages in order until full, then counts the rest', () => {
    const budget = new PassageBudget(3, 1_000, 100);
    expect(budget.take('one', 'paragraph')).toEqual(['one']);
    expect(budget.take('two', 'paragraph')).toEqual(['two']);
    expect(budget.take('three', 'paragraph')).toEqual(['three']);
    expect(budget.full).toBe(true);
    expect(budget.take('four!', 'paragraph')).toEqual([]);
    expect(budget.omitted()).toEqual({ passages: 1, chars: 5 });
  });

  it('stops at the first passage that does not fit, so the judged text is one run from the start', () => {
    const budget = new PassageBudget(100, 10, 100);
    expect(budget.take('12345678', 'paragraph')).toEqual(['12345678']);
    expect(budget.take('too long for it', 'paragraph')).toEqual([]);
    // A shorter passage after it is not judged out of order.
    expect(budget.take('ab', 'paragraph')).toEqual([]);
    expect(budget.omitted()).toEqual({ passages: 2, chars: 17 });
  });

  it('counts frames of other sites, and adds two accounts up', () => {
    const budget = new PassageBudget();
    expect(budget.omitted()).toBeUndefined();
    budget.frameNotRead();
    expect(budget.omitted()).toEqual({ passages: 0, chars: 0, frames: 1 });
    expect(mergeOmitted({ passages: 1, chars: 10 }, { passages: 2, chars: 5, images: 3 })).toEqual({ passages: 3, chars: 15, images: 3 });
    expect(mergeOmitted(undefined, { passages: 1, chars: 2 })).toEqual({ passages: 1, chars: 2 });
  });
});

describe('plain text and Markdown within the limits', () => {
  it('one long human paragraph followed by machine sentences in the same block: the machine sentences are still judged', () => {
    const human = Array.from({ length: 200 }, (_, i) => `${HUMAN} (${i})`).join(' ');
    expect(human.length).toBeGreaterThan(MAX_SEGMENT_CHARS);
    const text = `${human}\n${Array.from({ length: 20 }, () => MACHINE).join(' ')}`;
    const { segments, omitted } = plainTextPassages(text);
    expect(omitted).toBeUndefined();
    expect(segments.length).toBeGreaterThan(1);
    expect(segments.at(-1)!.text).toContain(MACHINE);
    expect(segments.map((s) => s.text).join(' ')).toBe(text.replace(/\s+/g, ' '));
    DeliverableSchema.parse({ source: { kind: 'file', url: 'a.txt', title: 'a' }, segments });
  });

  it('a text past the deliverable limits says how much was left out', () => {
    const paragraphs = Array.from({ length: MAX_SEGMENTS + 5 }, (_, i) => `Paragraph ${i}.`);
    const { segments, omitted } = plainTextPassages(paragraphs.join('\n\n'));
    expect(segments).toHaveLength(MAX_SEGMENTS);
    expect(omitted).toEqual({ passages: 5, chars: paragraphs.slice(MAX_SEGMENTS).join('').length });

    const big = Array.from({ length: 200 }, () => `${HUMAN.repeat(100)}`).join('\n\n');
    const read = markdownPassages(big);
    const judged = read.segments.reduce((n, s) => n + s.text.length, 0);
    expect(judged).toBeLessThanOrEqual(MAX_DELIVERABLE_CHARS);
    expect(judged + read.omitted!.chars).toBeGreaterThanOrEqual(big.replace(/\n\n/g, '').length - 400);
    expect(DeliverableSchema.safeParse({ source: { kind: 'file', url: 'a.md', title: 'a' }, segments: read.segments }).success).toBe(true);
  });

  it('the deliverable schema refuses more characters than the limit', () => {
    const segments = Array.from({ length: MAX_DELIVERABLE_CHARS / MAX_SEGMENT_CHARS + 1 }, (_, i) => ({ id: `s${i}`, kind: 'paragraph' as const, text: 'x'.repeat(MAX_SEGMENT_CHARS) }));
    expect(DeliverableSchema.safeParse({ source: { kind: 'page', url: 'https://a', title: 'a' }, segments }).success).toBe(false);
  });
});

describe('steps', () => {
  function* counting(n: number): Steps<number> {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += i;
      yield;
    }
    return sum;
  }

  it('run straight through or in slices with turns between them, to the same result', async () => {
    expect(runSteps(counting(1000))).toBe(499_500);
    let turns = 0;
    let clock = 0;
    const realNow = performance.now.bind(performance);
    // Each step "takes" 1 ms: slices of 10 ms give a turn every ten steps.
    performance.now = () => clock++;
    try {
      const result = await runStepsSliced(counting(100), 10, async () => void turns++);
      expect(result).toBe(4950);
    } finally {
      performance.now = realNow;
    }
    expect(turns).toBeGreaterThanOrEqual(9);
  });
});
