import type { DetectionResult } from '../../../lib/schema/verdict';
import type { ScanToStore } from '../../../lib/store/records';

/** A small, valid scan to store: two judged passages, one labelled AI. */
export function makeScan(overrides: Partial<ScanToStore> = {}, url = 'https://example.com/report'): ScanToStore {
  const result: DetectionResult = {
    document: {
      label: 'mixed',
      probability: 0.55,
      aiShare: 0.5,
      words: 80,
      passages: 2,
      abstained: 0,
      detectors: [{ id: 'assay-local', name: 'Assay local detector', version: '1.0.0', kind: 'local' }],
      threshold: 0.9,
      humanThreshold: 0.05,
    },
    segments: [
      { id: 's1', kind: 'paragraph', text: 'Human words here.', start: 0, end: 17, words: 40, label: 'human', probability: 0.1, reasons: [{ signal: 'voice', text: 'personal voice', weight: -1 }] },
      { id: 's2', kind: 'paragraph', text: 'Machine words here.', start: 19, end: 38, words: 40, label: 'ai', probability: 0.97, reasons: [{ signal: 'stock-phrases', text: 'phrases typical of chat assistants', weight: 2 }] },
    ],
  };
  return {
    source: { kind: 'page', url, title: 'Quarterly report' },
    contentHash: 'a'.repeat(64),
    result,
    durationMs: 12,
    sensitivity: 'cautious',
    engine: { name: 'Assay local detector', version: '1.0.0', modelVersion: '1' },
    scannedAt: 1_700_000_000_000,
    ...overrides,
  };
}
