import { describe, expect, it, vi } from 'vitest';
import { runScan, deliverableText, type ScanSteps } from '../../../lib/scan/pipeline';
import type { Deliverable, ImageRef } from '../../../lib/schema/deliverable';
import type { ProvenanceRecord } from '../../../lib/store/schema';
import { makeScan } from '../store/make-scan';

const deliverable: Deliverable = {
  source: { kind: 'page', url: 'https://example.com', title: 'T' },
  segments: [
    { id: 'a', kind: 'paragraph', text: ' One  two ' },
    { id: 'b', kind: 'paragraph', text: 'Three' },
  ],
};

function steps(overrides: Partial<ScanSteps> = {}) {
  const scan = makeScan();
  const record = { id: 'r1' } as ProvenanceRecord;
  let t = 0;
  const base: ScanSteps = {
    extract: vi.fn(async () => deliverable),
    normalize: (text) => text.replace(/\s+/g, ' ').trim(),
    hash: vi.fn(async (text: string) => `hash(${text})`),
    detect: vi.fn(async (_d, _s, onProgress) => {
      onProgress(1, 2);
      onProgress(2, 2);
      return scan.result;
    }),
    readImages: vi.fn(async (images: readonly ImageRef[], onProgress: (d: number, t: number) => void) => {
      onProgress(images.length, images.length);
      return images.map((image) => ({ ...image, provenance: null, error: 'not read: test' }));
    }),
    store: vi.fn(async () => record),
    notify: vi.fn(async () => undefined),
    progress: vi.fn(),
    now: () => (t += 5),
  };
  return { ...base, ...overrides };
}

describe('runScan', () => {
  it('runs extract → detect → store → notify and reports each stage', async () => {
    const s = steps();
    const record = await runScan(s, 'balanced');
    expect(record.id).toBe('r1');
    expect(s.hash).toHaveBeenCalledWith('One two\n\nThree');
    expect(s.detect).toHaveBeenCalledWith(deliverable, 'balanced', expect.any(Function));
    expect(s.store).toHaveBeenCalledWith(expect.objectContaining({ contentHash: 'hash(One two\n\nThree)', sensitivity: 'balanced', durationMs: 5 }));
    expect(s.notify).toHaveBeenCalledWith(record);
    const stages = vi.mocked(s.progress).mock.calls.map(([status]) => `${status.stage}:${status.done}/${status.total}`);
    expect(stages).toEqual(['extracting:0/0', 'detecting:0/2', 'detecting:1/2', 'detecting:2/2', 'storing:2/2', 'done:2/2']);
  });

  it('reads the images after the text, reports their progress, and stores them with the record', async () => {
    const image: ImageRef = { id: 'i1', url: 'https://example.com/a.png', alt: '', width: 100, height: 100 };
    const s = steps({ extract: vi.fn(async () => ({ ...deliverable, images: [image] })) });
    await runScan(s, 'cautious');
    expect(s.readImages).toHaveBeenCalledWith([image], expect.any(Function));
    expect(s.store).toHaveBeenCalledWith(expect.objectContaining({ images: [expect.objectContaining({ id: 'i1', error: 'not read: test' })] }));
    const stages = vi.mocked(s.progress).mock.calls.map(([status]) => status.stage);
    expect(stages).toEqual(['extracting', 'detecting', 'detecting', 'detecting', 'images', 'images', 'storing', 'done']);
  });

  it('does not touch the image reader when there are no images', async () => {
    const s = steps();
    await runScan(s, 'cautious');
    expect(s.readImages).not.toHaveBeenCalled();
  });

  it.each(['extract', 'detect', 'store'] as const)('stores nothing and does not notify when %s fails', async (step) => {
    const s = steps({ [step]: vi.fn(async () => Promise.reject(new Error(`${step} broke`))) });
    await expect(runScan(s, 'cautious')).rejects.toThrow(`${step} broke`);
    expect(s.notify).not.toHaveBeenCalled();
    if (step !== 'store') expect(s.store).not.toHaveBeenCalled();
  });
});

describe('deliverableText', () => {
  it('joins normalized passages with blank lines', () => {
    expect(deliverableText(deliverable, (t) => t.trim())).toBe('One  two\n\nThree');
  });
});
