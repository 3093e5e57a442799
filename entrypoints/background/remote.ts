import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createRunner } from '../../lib/classify/runner';
import { sha256Hex } from '../../lib/hash';
import type { RemoteDeps } from '../../lib/scan/remote';
import type { Settings } from '../../lib/settings/schema';
import { getDatabase } from '../../lib/store/db';
import { importUsage, refundWords, reserveWords } from '../../lib/store/usage';
import { remotePermission } from '../../lib/settings/remote-permission';

/**
 * The network side of second opinions, as the background provides it: one runner (rebuilt when the
 * user changes how long to wait), Chrome's host permissions, and the word budget in Dexie.
 */
let runner = createRunner();
let runnerTimeout = 0;

export function remoteDeps(settings: Settings): RemoteDeps {
  if (settings.remoteTimeoutSeconds * 1000 !== runnerTimeout) {
    runnerTimeout = settings.remoteTimeoutSeconds * 1000;
    runner = createRunner({ timeoutMs: runnerTimeout });
  }
  const db = getDatabase();
  return {
    runner,
    fetch: fetch.bind(globalThis),
    hash: sha256Hex,
    permitted: (origin) => browser.permissions.contains(remotePermission(origin, import.meta.env.FIREFOX) as { origins: string[] }),
    reserve: (provider, words, limit, now) => reserveWords(db, provider, words, limit, now),
    refund: (provider, words, now) => refundWords(db, provider, words, now),
    now: () => new Date(),
  };
}

/** Words counted before the budget moved into Dexie (database v3): carried over once, then dropped. */
const legacyUsage = storage.defineItem<{ month: string; words: Record<string, number> } | null>('local:providerUsage', { fallback: null });

export async function carryOverUsage(): Promise<void> {
  const legacy = await legacyUsage.getValue();
  if (!legacy || typeof legacy.month !== 'string' || typeof legacy.words !== 'object') return;
  await importUsage(getDatabase(), legacy);
  await legacyUsage.removeValue();
}
