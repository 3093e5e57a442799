import { describe, expect, it } from 'vitest';
import { combine, combineProbabilities, disagreement, WEIGHTS } from '../../../lib/classify/ensemble';
import { DetectionResultSchema, type DetectionResult } from '../../../lib/schema/verdict';

const local: DetectionResult = {
  document: { label: 'unsure', probability: 0.2, aiShare: 0, words: 100, passages: 3, abstained: 1, detectors: [{ id: 'assay-local', name: 'Assay local detector', version: '0.1.0', kind: 'local' }], threshold: 0.9, humanThreshold: 0.15 },
  segments: [
    { id: 'a', kind: 'paragraph', text: 'A', start: 0, end: 1, words: 50, label: 'human', probability: 0.12, reasons: [] },
    { id: 'b', kind: 'paragraph', text: 'B', start: 3, end: 4, words: 45, label: 'unsure', probability: 0.85, reasons: [] },
    { id: 'c', kind: 'heading', text: 'C', start: 6, end: 7, words: 5, label: 'unknown', probability: 0.5, reasons: [], abstain: 'too short to judge' },
  ],
};
const remote = (probabilities: Record<string, number>, documentOnly = false) => ({
  id: 'gptzero',
  name: 'GPTZero',
  answer: { model: { name: 'GPTZero', version: 'v2' }, document: { probability: 0.9 }, passages: Object.entries(probabilities).map(([id, probability]) => ({ id, probability })), ...(documentOnly ? { documentOnly } : {}) },
});

describe('combineProbabilities', () => {
  it.each([
    [[{ p: 0.9, w: 1 }], 0.9],
    [[{ p: 0.9, w: 1 }, { p: 0.1, w: 1 }], 0.5],
    [[{ p: 0.99, w: 1 }, { p: 0.99, w: 1 }], 0.99],
  ])('%j → %f', (parts, expected) => {
    expect(combineProbabilities(parts)).toBeCloseTo(expected, 6);
  });
  it('keeps a certain voice from silencing the others', () => {
    expect(combineProbabilities([{ p: 1, w: 1 }, { p: 0.1, w: 1 }])).toBeLessThan(0.99);
  });
});

describe('combine', () => {
  it('recomputes passages from all opinions, keeps abstentions, lists every detector', () => {
    const result = DetectionResultSchema.parse(combine(local, [remote({ a: 0.1, b: 0.99, c: 0.99 })]));
    // Labelled by the local detector's thresholds: 0.1 with the local 0.12 is at or below its human threshold.
    expect(result.segments.map((s) => s.label)).toEqual(['human', 'ai', 'unknown']);
    expect(result.document.label).toBe('mixed');
    expect(result.document.detectors.map((d) => d.kind)).toEqual(['local', 'remote']);
    expect(result.segments[1]!.probability).toBeGreaterThan(0.9);
  });

  it('states disagreement in plain words', () => {
    const result = combine(local, [remote({ a: 0.91 })]);
    expect(result.segments[0]!.reasons.at(-1)!.text).toBe('local: likely human 0.12 — GPTZero: likely AI 0.91');
  });

  it('gives document-only scores less weight per passage', () => {
    const full = combine(local, [remote({ a: 0.95 })]).segments[0]!.probability;
    const docOnly = combine(local, [remote({ a: 0.95 }, true)]).segments[0]!.probability;
    expect(docOnly).toBeLessThan(full);
  });

  it('returns the local verdict untouched without remote answers', () => {
    expect(combine(local, [])).toBe(local);
  });

  it('keeps the local detector the heaviest voice', () => {
    expect(Math.max(...Object.entries(WEIGHTS).filter(([k]) => k !== 'local').map(([, w]) => w))).toBeLessThan(WEIGHTS.local!);
  });
});

describe('disagreement', () => {
  it('is silent when everyone agrees', () => {
    expect(disagreement(0.1, [{ name: 'X', p: 0.2 }], 0.9)).toBeUndefined();
  });
  it('uses the human threshold: no verdict from before it exists is "likely human"', () => {
    expect(disagreement(0.05, [{ name: 'X', p: 0.95 }], 0.9)).toBe('local: unsure 0.05 — X: likely AI 0.95');
    expect(disagreement(0.05, [{ name: 'X', p: 0.95 }], 0.9, 0.1)).toBe('local: likely human 0.05 — X: likely AI 0.95');
  });
});

describe('combine labels', () => {
  it('follows the local rules: Unsure between the thresholds, never Likely human without a human threshold', () => {
    const { humanThreshold: _, ...old } = local.document;
    const oldLocal = { ...local, document: old };
    const result = combine(oldLocal, [remote({ a: 0.01, b: 0.3 })]);
    expect(result.segments.map((s) => s.label)).toEqual(['unsure', 'unsure', 'unknown']);
    expect(result.document.label).toBe('unsure');
  });
});
