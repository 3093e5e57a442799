import { useState } from 'react';
import type { AssayDB } from '../../../lib/store/db';
import { parseRecordsJSON } from '../../../lib/report/export';
import { importRecords } from '../../../lib/store/records';

/** Reads a JSON export back: every valid record in one transaction, the rest named, the newer of two kept. */
export function useImport(db: AssayDB) {
  const [imported, setImported] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setImported(null);
    try {
      const { records: incoming, rejected } = parseRecordsJSON(await file.text());
      const outcome = await importRecords(db, incoming);
      const parts = [`Imported ${file.name}: ${outcome.added} new record${outcome.added === 1 ? '' : 's'}`];
      if (outcome.replaced) parts.push(`${outcome.replaced} newer than the one here, which ${outcome.replaced === 1 ? 'it' : 'they'} replaced`);
      if (outcome.kept) parts.push(`${outcome.kept} already here (the newer scan kept)`);
      if (rejected.length) parts.push(`${rejected.length} entr${rejected.length === 1 ? 'y' : 'ies'} skipped, not a record (entry ${rejected.map((r) => r.index + 1).slice(0, 5).join(', ')})`);
      setImported(`${parts.join('; ')}.`);
    } catch (e) {
      setError(`Nothing was imported: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return { imported, error, setError, importFile, dismiss: () => setImported(null) };
}
