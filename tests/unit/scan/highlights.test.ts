import { describe, expect, it } from 'vitest';
import { highlightsOf, UNSURE_HIGHLIGHT_FROM } from '../../../lib/scan/record';
import { describeHighlight } from '../../../lib/page/overlay';
import { segment } from '../../component/fixtures';

describe('highlights', () => {
  const segments = [
    segment({ id: 'ai', label: 'ai', probability: 0.99 }),
    segment({ id: 'leaning', label: 'unsure', probability: UNSURE_HIGHLIGHT_FROM + 0.1 }),
    segment({ id: 'middle', label: 'unsure', probability: 0.5 }),
    segment({ id: 'human', label: 'human', probability: 0.01 }),
    segment({ id: 'short', label: 'unknown', probability: 0.99 }),
  ];

  it('outline the passages labelled AI and the Unsure ones leaning machine, nothing else', () => {
    expect(highlightsOf({ segments }).map((h) => h.id)).toEqual(['ai', 'leaning']);
  });

  it('say Unsure and which way it leans on hover, never AI', () => {
    const [ai, leaning] = highlightsOf({ segments });
    expect(describeHighlight(ai!).title).toBe('Likely AI — probability 0.99');
    expect(describeHighlight(leaning!).title).toBe('Unsure, leans machine-written — probability 0.70');
  });
});
