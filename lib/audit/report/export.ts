import { z } from 'zod';
import { csvCell } from '../../report/export';
import { labelText, IMAGE_VERDICTS } from '../../report/labels';
import { AUDIT_FORMAT, AUDIT_FORMAT_VERSION, AuditExportSchema, type AuditExport, type GroupedItem } from '../schema';
import type { AuditDiff } from '../diff';
import { CERTIFICATE_TEXT, CHANGE_TEXT, notReadText } from '../words';
import { t } from '../../i18n';
import { auditAbstainText, imagesText } from '../stored-text';
import type { Sensitivity } from '../../schema/sensitivity';

/** The `tool` of an audit the dashboard exports (the CLI names itself with its version). */
export const EXTENSION_TOOL = 'Assay extension';

export interface AuditFacts {
  tool: string;
  startedAt: number;
  finishedAt?: number;
  sensitivity: Sensitivity;
  /** The earlier audit compared with, if any. */
  since?: { startedAt: number; files: number };
}

/** An audit as its JSON export: every file by path with its verdict or its error, and what changed. */
export function auditExport(items: readonly GroupedItem[], facts: AuditFacts, diff?: AuditDiff): AuditExport {
  return {
    format: AUDIT_FORMAT,
    version: AUDIT_FORMAT_VERSION,
    tool: facts.tool,
    startedAt: new Date(facts.startedAt).toISOString(),
    ...(facts.finishedAt ? { finishedAt: new Date(facts.finishedAt).toISOString() } : {}),
    sensitivity: facts.sensitivity,
    files: items.map((item) => {
      const change = diff?.byPath.get(item.path);
      return { ...item, ...(change ? { change: change.change, ...(change.previousLabel ? { previousLabel: change.previousLabel } : {}) } : {}) };
    }),
    ...(diff ? { removed: diff.removed.map((r) => ({ path: r.path, ...(r.label ? { label: r.label } : {}), ...(r.group ? { group: r.group } : {}) })) } : {}),
    ...(facts.since ? { since: { startedAt: new Date(facts.since.startedAt).toISOString(), files: facts.since.files } } : {}),
  };
}

export const auditJSON = (data: AuditExport) => `${JSON.stringify(data, null, 2)}\n`;

/** An export larger than this is refused before parsing. */
export const MAX_AUDIT_JSON_CHARS = 500 * 1024 * 1024;

/** Reads an audit export back (`--since`): checked whole, with the reason when it is not one. */
export function parseAuditExport(text: string): AuditExport {
  if (text.length > MAX_AUDIT_JSON_CHARS) throw new Error('the file is too large to be an Assay audit export');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('the file is not JSON: give the file written by assay audit --json');
  }
  const parsed = AuditExportSchema.safeParse(data);
  if (!parsed.success) throw new Error(`the file is not an Assay audit export (${z.prettifyError(parsed.error).split('\n').slice(0, 2).join(' ')})`);
  return parsed.data;
}

export const AUDIT_CSV_COLUMNS = [
  'path', 'group', 'group_source', 'format', 'state', 'label', 'verdict', 'probability', 'ai_share', 'words', 'passages', 'judged',
  'images', 'ai_images', 'image_provenance', 'certificate', 'change', 'previous_label', 'problem', 'reason', 'author', 'sender', 'content_sha256',
] as const;

/**
 * One row per file: a spreadsheet can sort, filter and count it (cells defused against formula injection).
 * The columns and the ids (`label`, `state`, `problem`, `previous_label`) stay the same in every language
 * for scripts; the words a person reads (`verdict`, `certificate`, `change`, `reason`) are in the reader's.
 * A reader's error (`reason` of a file not read) is its own English message.
 */
export function auditCSV(data: AuditExport): string {
  const rows: string[] = [AUDIT_CSV_COLUMNS.join(',')];
  const add = (cells: (string | number)[]) => rows.push(cells.map(csvCell).join(','));
  for (const f of data.files) {
    add([
      f.path, f.group, f.groupSource, f.format ?? '', f.state, f.label ?? '', f.state === 'done' && f.label ? labelText(f.label) : notReadText(f.problem),
      f.probability !== undefined ? f.probability.toFixed(4) : '', f.aiShare !== undefined ? f.aiShare.toFixed(4) : '', f.words ?? '', f.passages ?? '', f.judged ?? '',
      f.images?.total ?? '', f.images?.ai ?? '', f.provenance ? IMAGE_VERDICTS[f.provenance].text : f.images ? imagesText(f.images) : '', CERTIFICATE_TEXT[f.certificate.status],
      f.change ? CHANGE_TEXT[f.change] : '', f.previousLabel ?? '', f.problem ?? '', f.error ?? (f.abstain ? auditAbstainText(f.abstain) : ''), f.meta.author ?? '', f.meta.sender ?? '', f.contentHash,
    ]);
  }
  for (const r of data.removed ?? []) add([r.path, r.group ?? '', '', '', 'removed', '', '', '', '', '', '', '', '', '', '', '', CHANGE_TEXT.removed, r.label ?? '', '', t('audit.report.notInAudit'), '', '', '']);
  return `${rows.join('\r\n')}\r\n`;
}

export function auditFileName(kind: 'json' | 'csv' | 'html', now = new Date()): string {
  return `assay-audit-${now.toISOString().slice(0, 10)}.${kind}`;
}
