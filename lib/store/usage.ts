import { monthOf } from '../classify/select';
import type { AssayDB } from './db';

/**
 * The monthly word budget of each remote classifier. Parallel provider calls (and parallel scans)
 * charge it at once, so the check and the charge are one Dexie transaction: two calls can never both
 * see room for the same words (a read-modify-write of a stored value loses updates).
 */
const rowId = (month: string, provider: string) => `${month}|${provider}`;

export async function wordsUsed(db: AssayDB, provider: string, now: Date): Promise<number> {
  return (await db.usage.get(rowId(monthOf(now), provider)))?.words ?? 0;
}

/** Charges `words` to the provider's month when they fit under `limit` (0: no limit); false when they do not. */
export async function reserveWords(db: AssayDB, provider: string, words: number, limit: number, now: Date): Promise<boolean> {
  const month = monthOf(now);
  const id = rowId(month, provider);
  return db.transaction('rw', db.usage, async () => {
    const used = (await db.usage.get(id))?.words ?? 0;
    if (limit > 0 && used + words > limit) return false;
    await db.usage.put({ id, month, provider, words: used + words });
    return true;
  });
}

/** Gives words back (the call failed, or the answer came from the cache after all). */
export async function refundWords(db: AssayDB, provider: string, words: number, now: Date): Promise<void> {
  const id = rowId(monthOf(now), provider);
  await db.transaction('rw', db.usage, async () => {
    const row = await db.usage.get(id);
    if (row) await db.usage.put({ ...row, words: Math.max(0, row.words - words) });
  });
}

/** Carries words counted before v3 (a storage.local value) into the table, once. */
export async function importUsage(db: AssayDB, legacy: { month: string; words: Record<string, number> }): Promise<void> {
  await db.transaction('rw', db.usage, async () => {
    for (const [provider, words] of Object.entries(legacy.words)) {
      const id = rowId(legacy.month, provider);
      const row = await db.usage.get(id);
      await db.usage.put({ id, month: legacy.month, provider, words: (row?.words ?? 0) + words });
    }
  });
}
