import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, exportFileName, recordsToCSV, recordsToJSON } from '../../../lib/report/export';
import { ScanRecordSchema } from '../../../lib/schema/record';
import { parseHosts } from '../../../lib/settings/hosts';
import { record, segment } from '../../component/fixtures';

/** A strict RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('recordsToJSON', () => {
  it('round-trips every record through its schema', () => {
    const records = [record({ id: 'a' }), record({ id: 'b' }, 'unknown')];
    const parsed = JSON.parse(recordsToJSON(records)) as unknown[];
    expect(parsed.map((r) => ScanRecordSchema.parse(r))).toEqual(records);
  });
});

describe('recordsToCSV', () => {
  it('writes one row per passage under a fixed header', () => {
    const rows = parseCsv(recordsToCSV([record()]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + record().segments.length);
    expect(rows[1]![CSV_COLUMNS.indexOf('passage_label')]).toBe('ai');
  });

  it('keeps commas, quotes and newlines inside cells', () => {
    const tricky = segment({ text: 'He said "hi", then\r\nleft.' });
    const rows = parseCsv(recordsToCSV([record({ segments: [tricky] })]));
    expect(rows[1]![CSV_COLUMNS.indexOf('passage_text')]).toBe('He said "hi", then\r\nleft.');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(recordsToCSV([record({ source: { kind: 'page', url: 'https://x', title: '=HYPERLINK("http://evil")' }, segments: [segment({ text: '+1 555 0100' })] })]));
    expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[1]![CSV_COLUMNS.indexOf('passage_text')]).toBe("'+1 555 0100");
  });

  it('says what the verdict left out, and gives the fingerprint of a passage whose text was not kept', () => {
    const hash = 'c'.repeat(64);
    const long = record({ segments: [segment({ id: 'kept' }), segment({ id: 'gone', text: '', textHash: hash })] });
    long.verdict = { ...long.verdict, omitted: { passages: 70_000, chars: 48_000_000, frames: 1 } };
    const rows = parseCsv(recordsToCSV([long, record({ id: 'whole' })]));
    const column = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);
    expect(column('not_judged')[0]).toMatch(/^Not judged: 70,000 passages \(about 48,000,000 characters\).* Not read: 1 frame of this page comes from another site/);
    expect(column('not_judged')[1]).toBe(column('not_judged')[0]);
    expect(column('not_judged').slice(2).every((cell) => cell === '')).toBe(true);
    expect(column('passage_text_sha256').slice(0, 2)).toEqual(['', hash]);
  });

  it('keeps a record with no passages as one row', () => {
    expect(parseCsv(recordsToCSV([record({ segments: [] }, 'unknown')]))).toHaveLength(2);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['-2', "'-2"],
    [0.5, '0.5'],
  ])('csvCell(%j) = %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('exportFileName', () => {
  it('dates the file', () => {
    expect(exportFileName('csv', new Date('2026-11-23T10:00:00Z'))).toBe('assay-records-2026-11-23.csv');
  });
});

describe('parseHosts', () => {
  it('accepts host names and wildcards, lower-cases, drops duplicates and blanks', () => {
    expect(parseHosts('Docs.Example.com\n\n*.agency.example\ndocs.example.com')).toEqual({ hosts: ['docs.example.com', '*.agency.example'], invalid: [] });
  });
  it.each(['not a host', 'https://x.com', 'x.com/path', '-bad.com', 'a..b'])('rejects %j', (line) => {
    expect(parseHosts(line).invalid).toEqual([line]);
  });
});
