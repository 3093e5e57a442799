import { describe, expect, it } from 'vitest';
import { diffAudits } from '../../../lib/audit/diff';
import { folderGroups, groupOf, NO_GROUP } from '../../../lib/audit/group';
import { innerGroup } from '../../../lib/audit/inner';
import { summarize, totals } from '../../../lib/audit/summary';

const h = (c: string) => c.repeat(64);

describe('groups: freelancer or project', () => {
  it('takes the folder below the dropped portfolio folder', () => {
    const groups = folderGroups(['Portfolio/alice/a.docx', 'Portfolio/alice/b.pdf', 'Portfolio/bob/c.md', 'Portfolio/loose.txt']);
    expect([...groups.values()]).toEqual(['alice', 'alice', 'bob', undefined]);
  });

  it('takes a dropped freelancer folder itself when it has no subfolders, and an archive’s name without .zip', () => {
    expect([...folderGroups(['alice/a.docx', 'alice/b.pdf']).values()]).toEqual(['alice', 'alice']);
    expect([...folderGroups(['carol.zip/x.docx', 'dan/y.md']).values()]).toEqual(['carol', 'dan']);
    expect([...folderGroups(['one.txt', 'two.txt']).values()]).toEqual([undefined, undefined]);
  });

  it('falls back to a mail’s sender, then the author metadata, then Ungrouped', () => {
    expect(groupOf('alice', { sender: 'Bob <b@x.com>', author: 'C' })).toEqual({ group: 'alice', groupSource: 'folder' });
    expect(groupOf(undefined, { sender: '"Bob Stone" <b@x.com>', author: 'C' })).toEqual({ group: 'Bob Stone', groupSource: 'sender' });
    expect(groupOf(undefined, { sender: 'b@x.com' })).toEqual({ group: 'b@x.com', groupSource: 'sender' });
    expect(groupOf(undefined, { author: 'Carol' })).toEqual({ group: 'Carol', groupSource: 'author' });
    expect(groupOf(undefined, {})).toEqual({ group: NO_GROUP, groupSource: 'none' });
  });

  it('groups a file inside an archive by the archive’s folders, else as its container', () => {
    const zip = { path: 'in/all.zip', group: NO_GROUP, groupSource: 'none' as const };
    expect(innerGroup(zip, 'in/all.zip/erin/x.docx', {})).toEqual({ group: 'erin', groupSource: 'folder' });
    expect(innerGroup(zip, 'in/all.zip/x.docx', { author: 'Fay' })).toEqual({ group: 'Fay', groupSource: 'author' });
    expect(innerGroup({ path: 'm.eml', group: 'Gus', groupSource: 'sender' }, 'm.eml/draft.docx', { author: 'Template' })).toEqual({ group: 'Gus', groupSource: 'sender' });
    // An archive the portfolio's folders already place keeps its files there, whatever folders it holds.
    expect(innerGroup({ path: 'P/carol/a.zip', group: 'carol', groupSource: 'folder' }, 'P/carol/a.zip/v1/x.md', {})).toEqual({ group: 'carol', groupSource: 'folder' });
  });
});

describe('what changed since the last audit', () => {
  it('says new, changed, unchanged and removed by content hash, and counts verdict changes', () => {
    const diff = diffAudits(
      [
        { path: 'a', contentHash: h('1'), label: 'ai', state: 'done' },
        { path: 'b', contentHash: h('2'), label: 'human', state: 'done' },
        { path: 'c', contentHash: h('3'), label: 'mixed', state: 'done' },
        { path: 'd', contentHash: h('4'), label: 'unsure', state: 'done' },
      ],
      [
        { path: 'a', contentHash: h('1'), label: 'ai', state: 'done' },
        { path: 'b', contentHash: h('9'), label: 'ai', state: 'done' },
        { path: 'c', contentHash: h('3'), label: 'human', state: 'done' },
        { path: 'gone', contentHash: h('5'), label: 'human', state: 'done' },
      ],
    );
    expect(Object.fromEntries(diff.byPath)).toEqual({
      a: { change: 'unchanged' },
      b: { change: 'changed', previousLabel: 'ai' },
      c: { change: 'unchanged', previousLabel: 'human' },
      d: { change: 'new' },
    });
    expect(diff.removed.map((r) => r.path)).toEqual(['gone']);
    expect(diff.counts).toEqual({ new: 1, changed: 1, unchanged: 2, removed: 1, verdictChanged: 2 });
  });
});

describe('summary per freelancer or project', () => {
  it('counts labels, unreadable files and AI images, most flagged first', () => {
    const s = summarize([
      { group: 'bob', state: 'done', label: 'human' },
      { group: 'alice', state: 'done', label: 'ai', images: { total: 2, ai: 1, unread: 0 } },
      { group: 'alice', state: 'failed' },
      { group: 'alice', state: 'done', label: 'mixed' },
    ]);
    expect(s.map((g) => [g.group, g.files, g.labels.ai, g.labels.mixed, g.labels.human, g.failed, g.aiImages])).toEqual([
      ['alice', 3, 1, 1, 0, 1, 1],
      ['bob', 1, 0, 0, 1, 0, 0],
    ]);
    expect(totals(s)).toMatchObject({ files: 4, failed: 1, aiImages: 1, labels: { ai: 1, mixed: 1, human: 1, unsure: 0, unknown: 0 } });
  });
});
