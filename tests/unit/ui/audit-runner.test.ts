// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadC2paReaderNode } from '../../../lib/provenance/c2pa-node';
import { auditFile } from '../../../lib/scan/audit';
import { createAudit, detailOf, entriesOf } from '../../../lib/store/audits';
import { openDatabase, type AssayDB } from '../../../lib/store/db';
import { AuditJobSchema } from '../../../lib/ui/audit-protocol';
import { readJob } from '../../../lib/ui/audit-read';
import { createAuditRunner, poolSizeFor, type AuditProgress, type AuditWorkerLike } from '../../../lib/ui/audit-runner';
import { buildDocx, buildPdf, buildZip } from '../../files/build';

const root = new URL('../../../', import.meta.url).pathname;
const human = readFileSync(`${root}tests/fixtures/detect/human.txt`, 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
const machine = readFileSync(`${root}tests/fixtures/detect/machine.txt`, 'utf8').split(/\n\s*\n/).filter((p) => p.trim());

/**
 * The dashboard's worker in this thread: the same checks of the job, the same readJob (bytes from the
 * queue, auditFile, outcomes stored), replies by message. `hold` lets a test keep files unread (to cancel, or to "close the dashboard").
 */
class InThreadWorker implements AuditWorkerLike {
  static started = 0;
  static db: AssayDB;
  private listeners: { message: ((e: { data: unknown }) => void)[]; error: ((e: { message?: string }) => void)[] } = { message: [], error: [] };
  terminated = false;
  constructor(private hold?: (path: string) => boolean) {
    InThreadWorker.started++;
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
    this.listeners[type].push(listener as never);
  }
  postMessage(message: unknown) {
    void (async () => {
      const job = AuditJobSchema.parse(message);
      if (this.hold?.(job.entry.path)) return;
      if (job.entry.path.endsWith('crash.md')) {
        for (const l of this.listeners.error) l({ message: 'out of memory' });
        return;
      }
      const reply = await readJob(InThreadWorker.db, job, (file) => auditFile(file, { sensitivity: job.sensitivity, loadC2pa: loadC2paReaderNode, now: () => performance.now() }));
      if (!this.terminated) for (const l of this.listeners.message) l({ data: structuredClone(reply) });
    })();
  }
  terminate() {
    this.terminated = true;
  }
}

let db: AssayDB;
let name: string;
let n = 0;
beforeEach(() => {
  name = `assay-runner-${++n}`;
  db = openDatabase(name);
  InThreadWorker.db = db;
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const blobOf = (bytes: Uint8Array | string) => new Blob([bytes as BlobPart]);

describe('the dashboard’s audit runner', () => {
  it('reads every queued file in a pool, fetches addresses, stores each outcome with the files inside it, and finishes the audit', async () => {
    const audit = await createAudit(db, {
      name: 'November',
      sensitivity: 'cautious',
      inputs: [
        { path: 'P/alice/a.docx', origin: 'file', blob: blobOf(await buildDocx(machine)) },
        { path: 'P/bob/b.pdf', origin: 'file', blob: blobOf(await buildPdf(human)) },
        { path: 'P/bob/c.zip', origin: 'file', blob: blobOf(buildZip({ 'x.md': new TextEncoder().encode(`# X\n\n${human.join('\n\n')}`) })) },
        { path: 'P/bob/crash.md', origin: 'file', blob: blobOf('boom') },
        { path: 'https://example.com/post', origin: 'url' },
        { path: 'https://example.com/gone', origin: 'url' },
      ],
    });
    const seen: AuditProgress[] = [];
    InThreadWorker.started = 0;
    const runner = createAuditRunner({
      db,
      poolSize: 2,
      startWorker: () => new InThreadWorker(),
      fetchPage: async (url) => (url.endsWith('/post') ? { blob: blobOf(`<!doctype html><title>Post</title><p>${human[0]}</p>`), mimeType: 'text/html' } : { error: `${url} answered 404` }),
    });
    expect(await runner.run(audit.id, 'cautious', (p) => seen.push(p))).toBe('done');
    expect(InThreadWorker.started).toBe(3); // two lanes, and one replacement for the worker that crashed
    const entries = await entriesOf(db, audit.id);
    expect(entries.map((e) => [e.path, e.state, e.item?.problem])).toEqual([
      ['P/alice/a.docx', 'done', undefined],
      ['P/bob/b.pdf', 'done', undefined],
      ['P/bob/c.zip', 'done', undefined],
      ['P/bob/c.zip/x.md', 'done', undefined],
      ['P/bob/crash.md', 'failed', 'unreadable'],
      ['https://example.com/post', 'done', undefined],
      ['https://example.com/gone', 'failed', 'fetch-failed'],
    ]);
    expect(entries.find((e) => e.path === 'P/bob/crash.md')!.item!.error).toMatch(/the reader stopped while reading this file \(out of memory\)/);
    expect((await detailOf(db, entries[0]!.id))!.record!.segments.length).toBeGreaterThan(0);
    expect(await db.auditQueue.count()).toBe(0);
    expect((await db.audits.get(audit.id))!.state).toBe('done');
    expect(seen.at(-1)).toMatchObject({ total: 6, done: 6, failed: 2, state: 'done', reading: [] });
    expect(Math.max(...seen.map((p) => p.reading.length))).toBeLessThanOrEqual(2);
  });

  it('resumes an audit whose dashboard was closed: finished files are not read again', async () => {
    const inputs = ['a', 'b', 'c', 'd'].map((p) => ({ path: `P/${p}.md`, origin: 'file' as const, blob: blobOf(`# ${p}\n\n${human.join('\n\n')}`) }));
    const audit = await createAudit(db, { name: 'r', sensitivity: 'cautious', inputs });
    // First dashboard: c and d never come back (the page is closed while they are read).
    const first = createAuditRunner({ db, poolSize: 2, startWorker: () => new InThreadWorker((path) => path >= 'P/c'), fetchPage: async () => ({ error: 'x' }) });
    void first.run(audit.id, 'cautious', () => undefined);
    await expect.poll(async () => (await entriesOf(db, audit.id)).filter((e) => e.state === 'done').length, { timeout: 20_000 }).toBe(2);
    const before = await entriesOf(db, audit.id);
    // Reopened: a new runner reads only what is left.
    const read: string[] = [];
    const second = createAuditRunner({ db, poolSize: 2, startWorker: () => new InThreadWorker((path) => (read.push(path), false)), fetchPage: async () => ({ error: 'x' }) });
    expect(await second.run(audit.id, 'cautious', () => undefined)).toBe('done');
    expect(read.sort()).toEqual(['P/c.md', 'P/d.md']);
    const after = await entriesOf(db, audit.id);
    expect(after.filter((e) => e.state === 'done')).toHaveLength(4);
    for (const e of before.filter((x) => x.state === 'done')) expect(after.find((x) => x.id === e.id)!.item).toEqual(e.item);
  });

  it('cancels: the files not yet read are listed as cancelled, the audit is kept', async () => {
    const inputs = ['a', 'b', 'c'].map((p) => ({ path: `P/${p}.md`, origin: 'file' as const, blob: blobOf(`# ${p}\n\n${human[0]}`) }));
    const audit = await createAudit(db, { name: 'c', sensitivity: 'cautious', inputs });
    const runner = createAuditRunner({ db, poolSize: 1, startWorker: () => new InThreadWorker((path) => path !== 'P/a.md'), fetchPage: async () => ({ error: 'x' }) });
    const running = runner.run(audit.id, 'cautious', () => undefined);
    await expect.poll(async () => (await entriesOf(db, audit.id)).filter((e) => e.state === 'reading').length, { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await entriesOf(db, audit.id))[0]!.state, { timeout: 20_000 }).toBe('done');
    runner.cancel();
    expect(await running).toBe('cancelled');
    expect((await entriesOf(db, audit.id)).map((e) => e.state)).toEqual(['done', 'cancelled', 'cancelled']);
    expect((await db.audits.get(audit.id))!.state).toBe('cancelled');
  });

  it('sizes its pool to the machine, within bounds', () => {
    expect([poolSizeFor(undefined), poolSizeFor(1), poolSizeFor(4), poolSizeFor(64)]).toEqual([2, 1, 4, 8]);
  });
});
