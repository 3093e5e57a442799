import type { AuditDiff } from '../../lib/audit/diff';
import { t } from '../../lib/i18n';
import { auditName } from '../../lib/ui/audit-names';
import { auditCSV, auditExport, auditFileName, auditJSON, EXTENSION_TOOL } from '../../lib/audit/report/export';
import { auditHtmlReport } from '../../lib/audit/report/html';
import type { AuditEntryRow, AuditRow, GroupedItem } from '../../lib/audit/schema';
import { detailOf, flaggedOf } from '../../lib/store/audits';
import type { AssayDB } from '../../lib/store/db';

/** An audit's files as the exports take them: each with its verdict or error, its flagged passages, and its group as the user left it. */
export function groupedItems(entries: readonly AuditEntryRow[], flagged: ReadonlyMap<string, GroupedItem['flagged']> = new Map()): GroupedItem[] {
  return entries.flatMap((e) => (e.item ? [{ ...e.item, ...(flagged.get(e.id)?.length ? { flagged: flagged.get(e.id) } : {}), group: e.group, groupSource: e.groupSource }] : []));
}

export async function buildExport(kind: 'json' | 'csv' | 'html', db: AssayDB, audit: AuditRow, entries: readonly AuditEntryRow[], diff?: AuditDiff, previous?: AuditRow & { files: number }) {
  const data = auditExport(
    groupedItems(entries, await flaggedOf(db, audit.id)),
    { tool: EXTENSION_TOOL, startedAt: audit.startedAt, ...(audit.finishedAt ? { finishedAt: audit.finishedAt } : {}), sensitivity: audit.sensitivity, ...(previous ? { since: { startedAt: previous.startedAt, files: previous.files } } : {}) },
    diff,
  );
  const name = auditFileName(kind, new Date(audit.startedAt));
  if (kind === 'json') return { name, type: 'application/json', text: auditJSON(data) };
  if (kind === 'csv') return { name, type: 'text/csv', text: auditCSV(data) };
  // The thresholds the verdicts were given at, and the engine, as a judged file's record keeps them.
  const judged = entries.find((e) => e.item?.engine && e.item.label && e.item.label !== 'unknown') ?? entries.find((e) => e.item?.engine);
  const record = judged ? (await detailOf(db, judged.id))?.record : undefined;
  const method = {
    sensitivity: audit.sensitivity,
    modelVersion: judged?.item?.engine?.modelVersion ?? 'unknown',
    engineVersion: judged?.item?.engine?.version ?? 'unknown',
    ...(judged?.item?.engine?.minDocumentWords ? { minDocumentWords: judged.item.engine.minDocumentWords } : {}),
    ...(record ? { threshold: record.verdict.threshold, ...(record.verdict.humanThreshold !== undefined ? { humanThreshold: record.verdict.humanThreshold } : {}) } : {}),
  };
  return { name, type: 'text/html', text: auditHtmlReport(data, { title: t('audit.report.title', { name: auditName(audit) }), method }) };
}
