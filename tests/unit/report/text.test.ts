import { describe, expect, it } from 'vitest';
import { count, formatReport, probabilityText, verdictLine } from '../../../lib/report/text';
import type { DetectionResult, SegmentVerdict } from '../../../lib/schema/verdict';

describe('terminal report wording', () => {
  it.each([
    [0.995, 'p > 0.99'],
    [0.004, 'p < 0.01'],
    [0.4217, 'p = 0.42'],
  ])('writes %f as %s', (p, text) => {
    expect(probabilityText(p)).toBe(text);
  });

  it('counts in the singular and the plural', () => {
    expect([count(0, 'word'), count(1, 'word'), count(2, 'word'), count(12_345, 'passage')]).toEqual(['0 words', '1 word', '2 words', '12,345 passages']);
  });

  it('says "Not enough text" once, with the reason', () => {
    expect(verdictLine('unknown', 'Not enough text: 12 words in passages that can be judged (needs 50)')).toBe('Not enough text: 12 words in passages that can be judged (needs 50)');
    expect(verdictLine('unknown', 'Not enough English text: looks like French')).toBe('Not enough English text: looks like French');
    expect(verdictLine('unknown', 'the file has no readable passages')).toBe('Not enough text: the file has no readable passages');
    expect(verdictLine('ai', undefined)).toBe('Likely AI');
  });

  it('tags an unsure passage as unsure, with its score (the detector’s coming label)', () => {
    const segment = (label: string, probability: number): SegmentVerdict =>
      ({ id: label, kind: 'paragraph', text: `${label} passage`, start: 0, end: 1, words: 40, label, probability, reasons: [], ...(label === 'unknown' ? { abstain: 'too short' } : {}) }) as SegmentVerdict;
    const result = {
      document: { label: 'mixed', probability: 0.6, aiShare: 0.3, words: 120, passages: 3, abstained: 1, detectors: [], threshold: 0.99 },
      segments: [segment('unsure', 0.8), segment('ai', 0.999), segment('unknown', 0.3)],
    } as DetectionResult;
    const lines = formatReport(result).split('\n');
    expect(lines.find((l) => l.includes('unsure passage'))).toMatch(/^\s+1\. unsure\s+p = 0\.80\s+unsure passage$/);
    expect(lines.find((l) => l.includes('ai passage'))).toMatch(/^\s+2\. AI\s+p > 0\.99\s+ai passage$/);
    expect(lines.find((l) => l.includes('unknown passage'))).toMatch(/^\s+3\. not judged\s+unknown passage$/);
  });

  it('says there were no passages rather than leaving the list empty', () => {
    const result = {
      document: { label: 'unknown', probability: 0.5, aiShare: 0, words: 0, passages: 0, abstained: 0, detectors: [], threshold: 0.99, abstain: 'Not enough text: no readable passages.' },
      segments: [],
    } as unknown as DetectionResult;
    const lines = formatReport(result).split('\n');
    expect(lines.slice(-2)).toEqual(['Passages:', '    none: nothing readable as prose']);
  });
});
