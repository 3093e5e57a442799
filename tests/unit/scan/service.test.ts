import { describe, expect, it, vi } from 'vitest';
import { contentText } from '../../../lib/text/normalize';
import { createScanService, deliverableText, type ScanEngine, type ScanReport } from '../../../lib/scan/service';
import type { Deliverable, ImageRef } from '../../../lib/schema/deliverable';
import { DEFAULT_PROVIDER, DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import type { ScanRecord } from '../../../lib/schema/record';
import { makeScan } from '../store/make-scan';

const deliverable: Deliverable = {
  source: { kind: 'page', url: 'https://example.com', title: 'T' },
  segments: [
    { id: 's1', kind: 'paragraph', text: ' One  two ' },
    { id: 's2', kind: 'paragraph', text: 'Three' },
  ],
};
const withRemote: Settings = { ...DEFAULT_SETTINGS, sensitivity: 'balanced', providers: { assay: { ...DEFAULT_PROVIDER, enabled: true, option: 'http://127.0.0.1:1' } } };

function engine(settings: Settings = DEFAULT_SETTINGS, overrides: Partial<ScanEngine> = {}) {
  const scan = makeScan();
  const local = { id: 'r1', verdict: scan.result.document, segments: scan.result.segments, images: [] } as unknown as ScanRecord;
  let t = 0;
  const base: ScanEngine = {
    settings: vi.fn(async () => settings),
    hash: vi.fn(async (text: string) => `hash(${text})`),
    detect: vi.fn(async (_d, _s, onProgress) => {
      onProgress(1, 2);
      onProgress(2, 2);
      return scan.result;
    }),
    readImages: vi.fn(async (images: readonly ImageRef[], _s, onProgress) => {
      onProgress(images.length, images.length);
      return images.map((image) => ({ ...image, provenance: null, error: 'not read: test' }));
    }),
    save: vi.fn(async () => local),
    secondOpinions: vi.fn(async (result) => ({ result: { ...result, document: { ...result.document, label: 'ai' as const } }, remote: { local: { label: 'mixed' as const, probability: 0.55 }, providers: [{ id: 'assay', name: 'Assay server', ok: true, probability: 0.9, passages: 2 }], localOnly: false } })),
    saveCombined: vi.fn(async (id, result, remote) => ({ ...local, id, verdict: result.document, remote })),
    existing: vi.fn(async () => undefined),
    now: () => (t += 5),
  };
  return { ...base, ...overrides };
}

function reporter() {
  const report = { progress: vi.fn<ScanReport['progress']>(), show: vi.fn<NonNullable<ScanReport['show']>>(async () => undefined) };
  const stages = () => report.progress.mock.calls.map(([s]) => `${s.stage}:${s.done}/${s.total}`);
  return { report, stages };
}

describe('the scan service', () => {
  it('hashes, detects, stores and shows the local verdict, reporting each stage and done once', async () => {
    const e = engine();
    const { report, stages } = reporter();
    const record = await createScanService(e).scan({ deliverable }, report);
    expect(record.id).toBe('r1');
    expect(e.hash).toHaveBeenCalledWith('One two\n\nThree');
    expect(e.detect).toHaveBeenCalledWith(deliverable, DEFAULT_SETTINGS, expect.any(Function));
    expect(e.save).toHaveBeenCalledWith(expect.objectContaining({ contentHash: 'hash(One two\n\nThree)', sensitivity: 'cautious', durationMs: 5, engine: { name: 'Assay local detector', version: '1.0.0', modelVersion: '1.0.0' } }));
    expect(report.show).toHaveBeenCalledTimes(1);
    expect(report.show).toHaveBeenCalledWith(record, { settings: DEFAULT_SETTINGS, final: true });
    expect(stages()).toEqual(['detecting:0/2', 'detecting:1/2', 'detecting:2/2', 'storing:2/2', 'done:2/2']);
    expect(e.secondOpinions).not.toHaveBeenCalled();
    // Settings are read once per scan.
    expect(e.settings).toHaveBeenCalledTimes(1);
  });

  it('asks second opinions inside the pipeline: local verdict shown first, combined record stored and shown, status done once', async () => {
    const e = engine(withRemote);
    const { report, stages } = reporter();
    const record = await createScanService(e).scan({ deliverable }, report);
    expect(e.secondOpinions).toHaveBeenCalledTimes(1);
    expect(e.saveCombined).toHaveBeenCalledWith('r1', expect.objectContaining({ document: expect.objectContaining({ label: 'ai' }) }), expect.objectContaining({ localOnly: false }));
    expect(record.verdict.label).toBe('ai');
    expect(report.show.mock.calls.map(([r, c]) => [r.verdict.label, c.final])).toEqual([['mixed', false], ['ai', true]]);
    expect(stages()).toEqual(['detecting:0/2', 'detecting:1/2', 'detecting:2/2', 'storing:2/2', 'remote:2/2', 'done:2/2']);
  });

  it('keeps the stored local verdict when asking for second opinions fails as a whole, and still ends done', async () => {
    const e = engine(withRemote, { secondOpinions: vi.fn(async () => Promise.reject(new Error('permissions API gone'))) });
    const { report, stages } = reporter();
    const record = await createScanService(e).scan({ deliverable }, report);
    expect(stages().at(-1)).toBe('done:2/2');
    expect(stages().some((s) => s.startsWith('error'))).toBe(false);
    expect(record.remote).toMatchObject({ localOnly: true, providers: [{ id: 'assay', ok: false, error: expect.stringMatching(/permissions API gone/) }] });
    expect(record.verdict.label).toBe('mixed');
  });

  it('a failing tab (show) does not fail a stored scan', async () => {
    const e = engine();
    const report = { progress: vi.fn(), show: vi.fn(async () => Promise.reject(new Error('tab closed'))) };
    await expect(createScanService(e).scan({ deliverable }, report)).resolves.toMatchObject({ id: 'r1' });
    expect(report.progress.mock.calls.at(-1)![0].stage).toBe('done');
  });

  it('reads the images after the text with the user’s settings, and stores them with the record', async () => {
    const image: ImageRef = { id: 'i1', url: 'https://example.com/a.png', alt: '', width: 100, height: 100 };
    const e = engine();
    const { report, stages } = reporter();
    await createScanService(e).scan({ deliverable: { ...deliverable, images: [image] } }, report);
    expect(e.readImages).toHaveBeenCalledWith([image], DEFAULT_SETTINGS, expect.any(Function));
    expect(e.save).toHaveBeenCalledWith(expect.objectContaining({ images: [expect.objectContaining({ id: 'i1', error: 'not read: test' })] }));
    expect(stages()).toEqual(['detecting:0/2', 'detecting:1/2', 'detecting:2/2', 'images:0/1', 'images:1/1', 'storing:2/2', 'done:2/2']);
  });

  it('keeps a writing history with the record', async () => {
    const e = engine();
    const process = { available: false, reason: 'view-only', inserts: 0, evidence: [] };
    await createScanService(e).scan({ deliverable, process }, reporter().report);
    expect(e.save).toHaveBeenCalledWith(expect.objectContaining({ process }));
  });

  it.each(['hash', 'detect', 'readImages', 'save'] as const)('stores and shows nothing when %s fails', async (step) => {
    const e = engine(DEFAULT_SETTINGS, { [step]: vi.fn(async () => Promise.reject(new Error(`${step} broke`))) });
    const { report, stages } = reporter();
    const image: ImageRef = { id: 'i1', url: 'https://example.com/a.png', alt: '', width: 100, height: 100 };
    await expect(createScanService(e).scan({ deliverable: { ...deliverable, images: [image] } }, report)).rejects.toThrow(`${step} broke`);
    expect(report.show).not.toHaveBeenCalled();
    expect(stages().some((s) => s.startsWith('done'))).toBe(false);
    if (step !== 'save') expect(e.save).not.toHaveBeenCalled();
  });
});

describe('an automatic scan of a page whose text has not changed', () => {
  const stored = { id: 'old', contentHash: 'hash(One two\n\nThree)', sensitivity: 'cautious' } as unknown as ScanRecord;

  it('shows the stored record again instead of scanning: no detection, no new history entry', async () => {
    const e = engine(DEFAULT_SETTINGS, { existing: vi.fn(async () => stored) });
    const { report, stages } = reporter();
    const record = await createScanService(e).scan({ deliverable, skipUnchanged: true }, report);
    expect(record).toBe(stored);
    expect(e.detect).not.toHaveBeenCalled();
    expect(e.save).not.toHaveBeenCalled();
    expect(report.show).toHaveBeenCalledWith(stored, expect.objectContaining({ final: true }));
    expect(stages()).toEqual(['detecting:0/2', 'done:2/2']);
  });

  it('scans again when the text or the sensitivity changed, or when the user asked', async () => {
    for (const known of [{ ...stored, contentHash: 'other' }, { ...stored, sensitivity: 'sensitive' }]) {
      const e = engine(DEFAULT_SETTINGS, { existing: vi.fn(async () => known as ScanRecord) });
      await createScanService(e).scan({ deliverable, skipUnchanged: true }, reporter().report);
      expect(e.detect).toHaveBeenCalledTimes(1);
    }
    const asked = engine(DEFAULT_SETTINGS, { existing: vi.fn(async () => stored) });
    await createScanService(asked).scan({ deliverable }, reporter().report);
    expect(asked.existing).not.toHaveBeenCalled();
    expect(asked.detect).toHaveBeenCalledTimes(1);
  });
});

describe('deliverableText', () => {
  it('joins normalized passages with blank lines', () => {
    expect(deliverableText(deliverable)).toBe('One two\n\nThree');
    // Certificates hash the same text (lib/text contentText), so a record's hash is its certificate's.
    expect(deliverableText(deliverable)).toBe(contentText(deliverable.segments.map((s) => s.text)));
  });
});
