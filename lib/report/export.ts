import { t } from '../i18n';
import { z } from 'zod';
import { ScanRecordSchema, type ScanRecord } from '../schema/record';
import { omissionNotes } from './coverage';

/** Every record as stored, as one JSON array: the complete evidence, re-importable (parseRecordsJSON). */
export function recordsToJSON(records: readonly ScanRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'record_id', 'url', 'title', 'source', 'scanned_at', 'content_sha256', 'document_label', 'document_probability', 'ai_share',
  'passage_id', 'passage_kind', 'passage_label', 'passage_probability', 'reasons', 'abstain', 'passage_text',
  // What the verdict left out, and the fingerprint of a passage whose text the record did not keep: a
  // spreadsheet of the export is never silently less than the scan.
  'not_judged', 'passage_text_sha256',
] as const;

/**
 * A cell as RFC 4180 wants it, defused for spreadsheets: a value starting with = + - @ or a control
 * character would run as a formula in Excel or Sheets, so it gets a leading apostrophe.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per passage, carrying its document's verdict, so a spreadsheet can filter either. */
export function recordsToCSV(records: readonly ScanRecord[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const base = [r.id, r.source.url, r.source.title, r.source.kind, new Date(r.scannedAt).toISOString(), r.contentHash, r.verdict.label, r.verdict.probability.toFixed(4), r.verdict.aiShare.toFixed(4)];
    const notJudged = omissionNotes(r.verdict.omitted).join(' ');
    const passages = r.segments.length > 0 ? r.segments : [null];
    for (const s of passages) {
      const cells = s
        ? [...base, s.id, s.kind, s.label, s.probability.toFixed(4), s.reasons.map((x) => x.text).join('; '), s.abstain ?? '', s.text, notJudged, s.textHash ?? '']
        : [...base, '', '', '', '', '', r.verdict.abstain ?? '', '', notJudged, ''];
      rows.push(cells.map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function exportFileName(kind: 'json' | 'csv', now = new Date()): string {
  return `assay-records-${now.toISOString().slice(0, 10)}.${kind}`;
}

/** An export larger than this is refused before parsing: no real history comes near it. */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

export interface ParsedImport {
  records: ScanRecord[];
  /** Entries that are not valid records, with why: reported to the user, never dropped silently. */
  rejected: { index: number; reason: string }[];
}

/**
 * Reads a JSON export back. Every entry is checked against the record schema; a record from before
 * image provenance (schema v1) gets an empty image list, as the database upgrade gives it.
 */
export function parseRecordsJSON(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) throw new Error(t('import.tooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(t('import.notJson'));
  }
  if (!Array.isArray(data)) throw new Error(t('import.notExport'));
  const records: ScanRecord[] = [];
  const rejected: ParsedImport['rejected'] = [];
  data.forEach((item: unknown, index) => {
    const withImages = item && typeof item === 'object' && !('images' in item) ? { ...item, images: [] } : item;
    const parsed = ScanRecordSchema.safeParse(withImages);
    if (parsed.success) records.push(parsed.data);
    else rejected.push({ index, reason: z.prettifyError(parsed.error).split('\n').slice(0, 2).join(' ') });
  });
  return { records, rejected };
}
