import type { DocumentLabel } from '../schema/verdict';
import type { Change } from './schema';

/** What an audit needs of an earlier one to say what changed: each path's content hash and label. */
export interface Earlier {
  path: string;
  contentHash: string;
  label?: DocumentLabel;
  state: 'done' | 'failed';
  group?: string;
}

export interface FileChange {
  change: Exclude<Change, 'removed'>;
  /** The earlier verdict, when the label is not the same now (the text changed, or the model or preset did). */
  previousLabel?: DocumentLabel;
}

export interface AuditDiff {
  byPath: Map<string, FileChange>;
  removed: Earlier[];
  counts: Record<Change, number> & { verdictChanged: number };
}

/**
 * Compares an audit with an earlier one of the same portfolio, path by path: `new` (not there before),
 * `changed` (its content hash differs), `unchanged`; files that are gone are `removed`. A verdict
 * change is counted apart, changed file or not: a new model or preset can move an unchanged file.
 */
export function diffAudits(current: readonly Pick<Earlier, 'path' | 'contentHash' | 'label' | 'state'>[], earlier: readonly Earlier[]): AuditDiff {
  const before = new Map(earlier.map((e) => [e.path, e]));
  const byPath = new Map<string, FileChange>();
  const counts = { new: 0, changed: 0, unchanged: 0, removed: 0, verdictChanged: 0 };
  for (const item of current) {
    const old = before.get(item.path);
    let change: FileChange['change'];
    if (!old) change = 'new';
    else change = old.contentHash === item.contentHash ? 'unchanged' : 'changed';
    counts[change]++;
    const verdictChanged = old !== undefined && old.label !== item.label && (old.label !== undefined || item.label !== undefined);
    if (verdictChanged) counts.verdictChanged++;
    byPath.set(item.path, { change, ...(verdictChanged && old.label ? { previousLabel: old.label } : {}) });
  }
  const seen = new Set(current.map((c) => c.path));
  const removed = earlier.filter((e) => !seen.has(e.path));
  counts.removed = removed.length;
  return { byPath, removed, counts };
}
