// @vitest-environment node
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunner } from '../../../lib/classify/runner';
import { sha256Hex } from '../../../lib/hash';
import { askRemote, type RemoteDeps } from '../../../lib/scan/remote';
import { DEFAULT_PROVIDER, DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { openDatabase, type AssayDB } from '../../../lib/store/db';
import { refundWords, reserveWords, wordsUsed } from '../../../lib/store/usage';
import { makeScan } from '../store/make-scan';

let db: AssayDB;
let name: string;
let counter = 0;
beforeEach(() => {
  name = `assay-remote-${++counter}`;
  db = openDatabase(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const local = makeScan().result;
const now = new Date('2026-11-23T10:00:00Z');
/** The Assay server answers with its protocol (v2); the fetch stand-in counts requests. */
function serverFetch(probability = 0.9) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const { passages } = JSON.parse(String(init?.body)) as { passages: { id: string }[] };
    const label = probability >= 0.9 ? 'ai' : 'unsure';
    const body = { protocol: 'v2', model: { name: 'assay', version: '1' }, document: { probability, label }, passages: passages.map((p) => ({ id: p.id, probability, label })) };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}
const settings = (monthlyWords: number): Settings => ({ ...DEFAULT_SETTINGS, providers: { assay: { ...DEFAULT_PROVIDER, enabled: true, monthlyWords, option: 'http://127.0.0.1:8787' } } });

function deps(overrides: Partial<RemoteDeps> = {}): RemoteDeps {
  return {
    runner: createRunner(),
    fetch: serverFetch() as unknown as typeof fetch,
    hash: sha256Hex,
    permitted: async () => true,
    reserve: (provider, words, limit, at) => reserveWords(db, provider, words, limit, at),
    refund: (provider, words, at) => refundWords(db, provider, words, at),
    now: () => now,
    ...overrides,
  };
}

describe('second opinions and the word budget', () => {
  it('charges the words sent, once, and combines the answer', async () => {
    const asked = await askRemote(local, settings(1_000), deps());
    expect(asked!.remote).toMatchObject({ localOnly: false, providers: [{ id: 'assay', ok: true, passages: 2 }] });
    expect(asked!.result.document.detectors.map((d) => d.kind)).toEqual(['local', 'remote']);
    expect(await wordsUsed(db, 'assay', now)).toBe(80);
  });

  it('does not charge a cached answer', async () => {
    const d = deps();
    await askRemote(local, settings(1_000), d);
    await askRemote(local, settings(1_000), d);
    expect(d.fetch).toHaveBeenCalledTimes(1);
    expect(await wordsUsed(db, 'assay', now)).toBe(80);
  });

  it('charges parallel calls atomically: of two scans that together pass the budget, only one is sent', async () => {
    // Different passages (different cache keys), 80 words each, a budget of 100.
    const other = { ...local, segments: local.segments.map((s) => ({ ...s, id: `${s.id}-b` })) };
    const d = deps();
    const [a, b] = await Promise.all([askRemote(local, settings(100), d), askRemote(other, settings(100), d)]);
    const oks = [a!, b!].map((x) => x.remote.providers[0]!.ok);
    expect(oks.filter(Boolean)).toHaveLength(1);
    expect([a!, b!].map((x) => x.remote.providers[0]!.error).find(Boolean)).toMatch(/budget of 100 words/);
    expect(d.fetch).toHaveBeenCalledTimes(1);
    expect(await wordsUsed(db, 'assay', now)).toBe(80);
  });

  it('the same passages asked by two scans at once are sent once and charged once', async () => {
    const d = deps();
    await Promise.all([askRemote(local, settings(1_000), d), askRemote(local, settings(1_000), d)]);
    expect(d.fetch).toHaveBeenCalledTimes(1);
    expect(await wordsUsed(db, 'assay', now)).toBe(80);
  });

  it('gives the words back when the call fails', async () => {
    const d = deps({ fetch: vi.fn(async () => new Response('{"hello":1}', { status: 200 })) as unknown as typeof fetch });
    const asked = await askRemote(local, settings(1_000), d);
    expect(asked!.remote.providers[0]).toMatchObject({ ok: false, error: expect.stringMatching(/unexpected shape/) });
    expect(await wordsUsed(db, 'assay', now)).toBe(0);
  });

  it('a permission or budget failure is the provider’s error, not the scan’s', async () => {
    const denied = await askRemote(local, settings(1_000), deps({ permitted: async () => Promise.reject(new Error('no permissions API')) }));
    expect(denied!.remote).toMatchObject({ localOnly: true, providers: [{ ok: false, error: 'no permissions API' }] });
    const broken = await askRemote(local, settings(1_000), deps({ reserve: async () => Promise.reject(new Error('database closed')) }));
    expect(broken!.remote.providers[0]).toMatchObject({ ok: false, error: 'database closed' });
    expect(broken!.result).toEqual(local);
  });

  it('asks nothing when no classifier is on', async () => {
    expect(await askRemote(local, DEFAULT_SETTINGS, deps())).toBeUndefined();
  });
});

describe('reserveWords', () => {
  it('counts per provider and month, and 0 means no limit', async () => {
    expect(await reserveWords(db, 'gptzero', 60, 100, now)).toBe(true);
    expect(await reserveWords(db, 'gptzero', 60, 100, now)).toBe(false);
    expect(await reserveWords(db, 'gptzero', 60, 100, new Date('2026-12-01T00:00:00Z'))).toBe(true);
    expect(await reserveWords(db, 'sapling', 1_000_000, 0, now)).toBe(true);
    expect(await wordsUsed(db, 'gptzero', now)).toBe(60);
  });
});

