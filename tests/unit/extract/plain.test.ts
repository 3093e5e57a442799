import { describe, expect, it } from 'vitest';
import { markdownSegments, plainTextSegments } from '../../../lib/extract/plain';

describe('plainTextSegments', () => {
  it.each([
    ['One para.\n\nTwo para.', ['One para.', 'Two para.']],
    ['Wrapped\nline one.\r\n\r\nNext.', ['Wrapped line one.', 'Next.']],
    ['\n\n  \n', []],
  ])('splits %j on blank lines', (input, expected) => {
    expect(plainTextSegments(input).map((s) => s.text)).toEqual(expected);
  });
});

describe('markdownSegments', () => {
  it('keeps headings, lists, quotes, code and tables apart', () => {
    const md = [
      '# Title',
      '',
      'A **bold** claim with a [link](http://x) and `code`.',
      'Same paragraph.',
      '',
      '- item one',
      '- item two',
      '',
      '> quoted line',
      '> more quote',
      '',
      '```js',
      'const a = 1;',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
    ].join('\n');
    expect(markdownSegments(md).map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Title'],
      ['paragraph', 'A bold claim with a link and code. Same paragraph.'],
      ['list-item', 'item one'],
      ['list-item', 'item two'],
      ['quote', 'quoted line more quote'],
      ['code', 'const a = 1;'],
      ['table', '| a | b |\n|---|---|\n| 1 | 2 |'],
    ]);
  });

  it('joins a lazy continuation line to its list item', () => {
    expect(markdownSegments('- first line\n  continues here\n\nAfter.').map((s) => [s.kind, s.text])).toEqual([
      ['list-item', 'first line continues here'],
      ['paragraph', 'After.'],
    ]);
  });

  it('gives unique ids to repeated passages', () => {
    const ids = markdownSegments('Same.\n\nSame.').map((s) => s.id);
    expect(new Set(ids).size).toBe(2);
  });
});
