import type { ScanRecord } from '../schema/record';

/** Every record as stored, as one JSON array: the complete provenance, re-importable. */
export function recordsToJSON(records: readonly ScanRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

export const CSV_COLUMNS = [
  'record_id', 'url', 'title', 'source', 'scanned_at', 'content_sha256', 'document_label', 'document_probability', 'ai_share',
  'passage_id', 'passage_kind', 'passage_label', 'passage_probability', 'reasons', 'abstain', 'passage_text',
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
    const passages = r.segments.length > 0 ? r.segments : [null];
    for (const s of passages) {
      const cells = s
        ? [...base, s.id, s.kind, s.label, s.probability.toFixed(4), s.reasons.map((x) => x.text).join('; '), s.abstain ?? '', s.text]
        : [...base, '', '', '', '', '', r.verdict.abstain ?? '', ''];
      rows.push(cells.map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function exportFileName(kind: 'json' | 'csv', now = new Date()): string {
  return `assay-records-${now.toISOString().slice(0, 10)}.${kind}`;
}
