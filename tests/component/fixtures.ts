import type { DocumentVerdict, SegmentVerdict } from '../../lib/schema/verdict';
import type { ScanRecord } from '../../lib/schema/record';
import { MODEL_VERSION } from '../../lib/detect/version';
import { detect } from '../../lib/detect';
import { sha256Hex } from '../../lib/hash';
import { engineOf } from '../../lib/scan/service';
import type { Deliverable } from '../../lib/schema/deliverable';
import type { ImageRecord } from '../../lib/schema/record';
import { contentText } from '../../lib/text/normalize';

const detectors = [{ id: 'assay-local', name: 'Assay local detector', version: '0.1.0', kind: 'local' as const }];

export function segment(over: Partial<SegmentVerdict> = {}): SegmentVerdict {
  return { id: 's1', kind: 'paragraph', text: 'Some passage text.', start: 0, end: 18, words: 40, label: 'human', probability: 0.1, reasons: [], ...over };
}

export const VERDICTS: Record<'human' | 'unsure' | 'mixed' | 'ai' | 'unknown', { verdict: DocumentVerdict; segments: SegmentVerdict[] }> = {
  human: {
    verdict: { label: 'human', probability: 0.08, aiShare: 0, words: 120, passages: 2, abstained: 0, detectors, threshold: 0.99, humanThreshold: 0.1 },
    segments: [segment({ id: 'h1', probability: 0.2, reasons: [{ signal: 'personal-voice', text: 'informal, personal voice (contractions, first person)', weight: -0.8 }] }), segment({ id: 'h2', probability: 0.05 })],
  },
  unsure: {
    verdict: { label: 'unsure', probability: 0.78, aiShare: 0, words: 180, passages: 2, abstained: 0, detectors, threshold: 0.99, humanThreshold: 0.1 },
    segments: [segment({ id: 'n1', label: 'unsure', probability: 0.81, words: 100 }), segment({ id: 'n2', label: 'unsure', probability: 0.6, words: 80 })],
  },
  mixed: {
    verdict: { label: 'mixed', probability: 0.55, aiShare: 0.42, words: 200, passages: 4, abstained: 1, detectors, threshold: 0.99 },
    segments: [
      segment({ id: 'm1', text: 'In today’s fast-paced landscape, it is crucial to leverage synergies.', label: 'ai', probability: 0.995, words: 60, reasons: [{ signal: 'assistant-phrases', text: 'phrases typical of chat assistants: “in today’s fast-paced”', weight: 1.2 }] }),
      segment({ id: 'm2', label: 'human', probability: 0.2, words: 80 }),
      segment({ id: 'm3', label: 'unknown', probability: 0.4, words: 5, abstain: 'too short to judge (5 words; needs 30)' }),
    ],
  },
  ai: {
    verdict: { label: 'ai', probability: 0.97, aiShare: 0.9, words: 300, passages: 3, abstained: 0, detectors, threshold: 0.99 },
    segments: [segment({ id: 'a1', label: 'ai', probability: 0.999, words: 150 }), segment({ id: 'a2', label: 'ai', probability: 0.996, words: 120 }), segment({ id: 'a3', probability: 0.3, words: 30 })],
  },
  unknown: {
    verdict: { label: 'unknown', probability: 0.3, aiShare: 0, words: 12, passages: 1, abstained: 1, abstain: 'Not enough text: 0 words in passages that can be judged (needs 50)', detectors, threshold: 0.99 },
    segments: [segment({ id: 'u1', label: 'unknown', words: 12, abstain: 'too short to judge (12 words; needs 30)' })],
  },
};

export function record(over: Partial<ScanRecord> = {}, which: keyof typeof VERDICTS = 'mixed'): ScanRecord {
  return {
    id: 'rec-1',
    contentHash: 'f'.repeat(64),
    source: { kind: 'page', url: 'https://client.example/report', title: 'Quarterly report' },
    createdAt: 1_700_000_000_000,
    scannedAt: 1_700_000_000_000,
    durationMs: 42,
    engine: { name: 'Assay local detector', version: '0.1.0', modelVersion: MODEL_VERSION },
    sensitivity: 'cautious',
    verdict: VERDICTS[which].verdict,
    segments: VERDICTS[which].segments,
    images: [],
    history: [],
    ...over,
  };
}

/** The scan service stand-in: the real detector over the deliverable, as the background's would run it. */
export async function scanWithDetector(deliverable: Deliverable): Promise<ScanRecord> {
  const result = detect(deliverable.segments, { sensitivity: 'cautious' });
  return {
    id: `rec-${deliverable.source.url}`,
    contentHash: await sha256Hex(contentText(deliverable.segments.map((s) => s.text))),
    source: deliverable.source,
    createdAt: 1,
    scannedAt: 1,
    durationMs: 1,
    engine: engineOf(result),
    sensitivity: 'cautious',
    verdict: result.document,
    segments: result.segments,
    images: [],
    history: [],
  };
}

/** An image whose Content Credentials say an AI tool made it (its summary a placeholder the tests name). */
export const AI_IMAGE: ImageRecord = {
  id: 'i1',
  url: 'https://cdn.example/hero.jpg',
  alt: 'Hero',
  width: 400,
  height: 300,
  provenance: { verdict: 'ai-generated', summary: 'SUMMARY', evidence: [{ source: 'c2pa', strength: 'strong', finding: 'f', details: {} }], sha256: 'a'.repeat(64), mimeType: 'image/jpeg', bytes: 10 },
};
