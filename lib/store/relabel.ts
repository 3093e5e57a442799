import type { ScanRecord } from '../schema/record';
import type { DocumentLabel, SegmentLabel } from '../schema/verdict';
import { MAX_HISTORY } from './history';

/**
 * Records written before model 2 knew only "Likely human" below the AI threshold: the word was given to
 * anything not flagged. Since model 2, *Likely human* needs evidence (a probability at or below a
 * measured threshold), and the models before it never measured one. So on upgrade their verdicts are
 * re-read: a "Likely human" becomes *Unsure*, the AI labels stand (their thresholds are unchanged), the
 * earlier label is kept in the history with the reason, and the record keeps its old model version, so
 * every screen offers a rescan.
 */
export const RELABEL_NOTE = 'Re-read on upgrade: "Likely human" now needs evidence the model that scored this never measured, so it reads Unsure until rescanned.';

const relabelDocument = (label: DocumentLabel): DocumentLabel => (label === 'human' ? 'unsure' : label);
const relabelPassage = (label: SegmentLabel): SegmentLabel => (label === 'human' ? 'unsure' : label);

/** The record under today's label rules; unchanged when its verdict already carries a human threshold. */
export function relabelRecord<T extends ScanRecord>(record: T): T {
  if (record.verdict.humanThreshold !== undefined) return record;
  const label = relabelDocument(record.verdict.label);
  const segments = record.segments.map((s) => ({ ...s, label: relabelPassage(s.label) }));
  const changed = label !== record.verdict.label || segments.some((s, i) => s.label !== record.segments[i]!.label);
  if (!changed) return record;
  const kept = { scannedAt: record.scannedAt, contentHash: record.contentHash, label: record.verdict.label, probability: record.verdict.probability, aiShare: record.verdict.aiShare, note: RELABEL_NOTE };
  return {
    ...record,
    verdict: { ...record.verdict, label },
    segments,
    ...(record.remote ? { remote: { ...record.remote, local: { ...record.remote.local, label: relabelDocument(record.remote.local.label) } } } : {}),
    history: [...record.history, kept].slice(-MAX_HISTORY),
  };
}
