import { DocumentLabelSchema, type DocumentLabel } from '../schema/verdict';
import type { GroupedItem } from './schema';

/** Per freelancer or project: how many files got each label, how many could not be read. */
export interface GroupSummary {
  group: string;
  files: number;
  labels: Record<DocumentLabel, number>;
  failed: number;
  /** Images whose provenance says AI-generated or AI-edited, across the group's files. */
  aiImages: number;
}

const emptyLabels = (): Record<DocumentLabel, number> => Object.fromEntries(DocumentLabelSchema.options.map((l) => [l, 0])) as Record<DocumentLabel, number>;

/** Groups in order of most files flagged (Likely AI, then Mixed), then by name. */
export function summarize(items: readonly Pick<GroupedItem, 'group' | 'state' | 'label' | 'images'>[]): GroupSummary[] {
  const groups = new Map<string, GroupSummary>();
  for (const item of items) {
    let g = groups.get(item.group);
    if (!g) groups.set(item.group, (g = { group: item.group, files: 0, labels: emptyLabels(), failed: 0, aiImages: 0 }));
    g.files++;
    if (item.state === 'failed') g.failed++;
    else if (item.label) g.labels[item.label]++;
    g.aiImages += item.images?.ai ?? 0;
  }
  return [...groups.values()].sort((a, b) => b.labels.ai - a.labels.ai || b.labels.mixed - a.labels.mixed || a.group.localeCompare(b.group));
}

export function totals(summaries: readonly GroupSummary[]): Omit<GroupSummary, 'group'> {
  const t = { files: 0, labels: emptyLabels(), failed: 0, aiImages: 0 };
  for (const s of summaries) {
    t.files += s.files;
    t.failed += s.failed;
    t.aiImages += s.aiImages;
    for (const l of DocumentLabelSchema.options) t.labels[l] += s.labels[l];
  }
  return t;
}
