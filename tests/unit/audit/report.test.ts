import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { diffAudits } from '../../../lib/audit/diff';
import { methodParagraphs } from '../../../lib/audit/method';
import { auditCSV, auditExport, auditJSON, AUDIT_CSV_COLUMNS, parseAuditExport } from '../../../lib/audit/report/export';
import { auditHtmlReport } from '../../../lib/audit/report/html';
import type { GroupedItem } from '../../../lib/audit/schema';

const h = (c: string) => c.repeat(64);
const base = { bytes: 100, fileHash: h('f'), meta: {}, notes: [], certificate: { status: 'none' as const }, durationMs: 3 };
const items: GroupedItem[] = [
  { ...base, path: 'alice/essay.docx', format: 'docx', contentHash: h('1'), state: 'done', label: 'ai', probability: 0.97, aiShare: 0.8, words: 1500, passages: 12, judged: 11, group: 'alice', groupSource: 'folder', flagged: [{ label: 'ai', probability: 0.99, excerpt: 'In today’s fast-paced world, <b>synergy</b> matters.' }] },
  { ...base, path: 'alice/<script>alert(1)</script>.md', format: 'markdown', contentHash: h('2'), state: 'done', label: 'human', probability: 0.001, aiShare: 0, words: 900, passages: 8, judged: 8, group: 'alice', groupSource: 'folder', meta: { author: '=HYPERLINK("x")' } },
  { ...base, path: 'bob/locked.pdf', format: 'pdf', contentHash: h('3'), state: 'failed', problem: 'encrypted', error: 'bob/locked.pdf is password-protected', group: 'bob', groupSource: 'folder' },
  { ...base, path: 'bob/cover.png', format: 'image', contentHash: h('4'), state: 'done', label: 'unknown', provenance: 'ai-generated', images: { total: 1, ai: 1, unread: 0, summary: 'Made by Stable Diffusion' }, group: 'bob', groupSource: 'folder' },
];
const facts = { tool: 'assay 0.1.0', startedAt: Date.UTC(2026, 11, 1), sensitivity: 'cautious' as const };
const method = { sensitivity: 'cautious' as const, modelVersion: '2-test', engineVersion: '0.2.0', threshold: 0.948, humanThreshold: 0.0063 };

describe('audit exports', () => {
  it('JSON: every file by path with its verdict label id or its error, read back whole by --since', () => {
    const data = auditExport(items, facts);
    const back = parseAuditExport(auditJSON(data));
    expect(back.files.map((f) => [f.path, f.label ?? f.problem])).toEqual([
      ['alice/essay.docx', 'ai'],
      ['alice/<script>alert(1)</script>.md', 'human'],
      ['bob/locked.pdf', 'encrypted'],
      ['bob/cover.png', 'unknown'],
    ]);
    expect(back).toEqual(data);
    expect(() => parseAuditExport('{"format":"something else"}')).toThrow(/not an Assay audit export/);
    expect(() => parseAuditExport('nope')).toThrow(/not JSON/);
  });

  it('CSV: one row per file and per removed file, cells defused against formulas', () => {
    const diff = diffAudits(items, [{ path: 'alice/essay.docx', contentHash: h('0'), label: 'human', state: 'done' }, { path: 'carol/old.txt', contentHash: h('9'), label: 'mixed', state: 'done', group: 'carol' }]);
    const csv = auditCSV(auditExport(items, { ...facts, since: { startedAt: facts.startedAt - 1000, files: 2 } }, diff));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + items.length + 1);
    expect(lines[1]).toContain('alice/essay.docx,alice,folder,docx,done,ai,Likely AI,0.9700,0.8000');
    expect(lines[1]).toContain('Changed,human');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[3]).toContain('Not read: Encrypted');
    expect(lines[5]).toMatch(/^carol\/old\.txt,carol,.*Removed,mixed/);
  });
});

describe('the HTML report', () => {
  const diff = diffAudits(items, [{ path: 'alice/essay.docx', contentHash: h('0'), label: 'human', state: 'done' }]);
  const html = auditHtmlReport(auditExport(items, { ...facts, since: { startedAt: facts.startedAt - 86_400_000, files: 1 } }, diff), { title: 'Portfolio audit — November', method });
  const doc = new new Window().DOMParser().parseFromString(html, 'text/html');

  it('is self-contained and never turns scanned text or file names into markup', () => {
    expect(doc.querySelectorAll('script, link, iframe, img').length).toBe(0);
    expect(html).not.toMatch(/src=|href="http/);
    expect(html).toContain('alice/&lt;script&gt;alert(1)&lt;/script&gt;.md');
    expect(html).toContain('&lt;b&gt;synergy&lt;/b&gt;');
  });

  it('has the summary chart per freelancer or project, with each group’s counts', () => {
    const svg = doc.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const titles = Array.from(svg.querySelectorAll('title')).map((t) => t.textContent);
    expect(titles).toEqual(expect.arrayContaining(['alice: 1 of 2 files Likely AI', 'alice: 1 of 2 files Likely human', 'bob: 1 of 2 files Not read', 'bob: 1 of 2 files Not enough text']));
    const groupRows = Array.from(doc.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent));
    expect(groupRows).toEqual([
      ['alice', '2', '1', '0', '0', '1', '0', '0', '0'],
      ['bob', '2', '0', '0', '0', '0', '1', '1', '1'],
    ]);
  });

  it('says what changed since the last audit, the method and its limits, and each file’s detail with its flagged passages', () => {
    expect(doc.body.textContent).toContain('3 new, 1 changed, 0 unchanged, 0 removed; 1 verdict changed');
    for (const p of methodParagraphs(method)) expect(doc.body.textContent).toContain(p.title);
    expect(doc.body.textContent).toContain('has not been measured yet');
    expect(doc.body.textContent).toContain('A verdict is evidence, not proof');
    expect(doc.querySelectorAll('section.file')).toHaveLength(items.length);
    expect(doc.querySelector('#f0 blockquote')!.textContent).toContain('Likely AI, 0.99');
    expect(doc.querySelector('#f2')!.textContent).toContain('password-protected');
    expect(doc.body.textContent).toContain('No certificate');
  });

  it('counts Unsure on its own, in the CSV, the group table and the chart, never as Likely human', () => {
    const unsure: GroupedItem = { ...base, path: 'carol/brief.md', format: 'markdown', contentHash: h('5'), state: 'done', label: 'unsure', probability: 0.41, aiShare: 0, words: 700, passages: 6, judged: 6, group: 'carol', groupSource: 'folder' };
    const data = auditExport([...items, unsure], facts);
    expect(auditCSV(data).trim().split('\r\n').at(-1)).toContain('carol/brief.md,carol,folder,markdown,done,unsure,Unsure,0.4100');
    const page = new new Window().DOMParser().parseFromString(auditHtmlReport(data, { title: 'x', method }), 'text/html');
    const table = page.querySelectorAll('table')[0]!;
    const head = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent);
    const carol = Array.from(table.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)).find((r) => r[0] === 'carol')!;
    expect(carol[head.indexOf('Unsure')]).toBe('1');
    expect(carol[head.indexOf('Likely human')]).toBe('0');
    expect(Array.from(page.querySelectorAll('svg title')).map((t) => t.textContent)).toContain('carol: 1 of 1 file Unsure');
  });

  it('gives a measured false-positive rate only for the model it was measured on', () => {
    expect(methodParagraphs({ ...method, modelVersion: '1-1jts7qu' }).find((p) => p.title === 'False positives')!.text).toContain('0.1% of human-written documents');
  });
});
