import { browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessages } from '../../lib/messaging/receive';
import { CachedReadSchema, readFigma, type CachedRead, type FigmaCache } from '../../lib/platforms/figma/api';
import { figmaLocation, figmaRecordUrl } from '../../lib/platforms/figma/page';
import { loadSettings } from '../../lib/settings/storage';
import { scanForPlatform } from './platforms';
import { t } from '../../lib/i18n';

/**
 * Figma in the background: the content script only says "check this file"; the file key comes from
 * the sender tab's own address, the token from settings, and the text from Figma's API (remote calls
 * are the background's alone). Reads are cached by file version in storage.local, a few files deep.
 */
const CACHE_KEY = 'figmaCache';
const CACHE_FILES = 8;
const StoredCacheSchema = z.record(z.string(), CachedReadSchema);

const storageCache: FigmaCache = {
  async get(key) {
    const raw = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY];
    const parsed = StoredCacheSchema.safeParse(raw ?? {});
    return parsed.success ? parsed.data[key] : undefined;
  },
  async set(key, value) {
    const raw = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY];
    const current: Record<string, CachedRead> = StoredCacheSchema.safeParse(raw ?? {}).data ?? {};
    current[key] = value;
    const kept = Object.entries(current)
      .sort(([, a], [, b]) => b.readAt - a.readAt)
      .slice(0, CACHE_FILES);
    // A full storage area only costs a future re-read: the check itself goes on.
    await browser.storage.local.set({ [CACHE_KEY]: Object.fromEntries(kept) }).catch(() => browser.storage.local.remove(CACHE_KEY));
  },
};

export function setupFigma(): void {
  onMessages({
    'figma.check': async (_, sender) => {
      const tabUrl = sender.tab?.url ?? '';
      const location = figmaLocation(tabUrl);
      if (!location) throw new Error(t('error.figma.notFile'));
      const settings = await loadSettings();
      const recordUrl = figmaRecordUrl(new URL(tabUrl).origin, location);
      const read = await readFigma(location, settings.figmaToken, recordUrl, fetch.bind(globalThis), storageCache);
      // Image fills are the originals Figma keeps (their metadata intact): read like any page's images.
      const result = await scanForPlatform(read.deliverable, sender.tab?.id);
      const byId = new Map(read.deliverable.segments.map((s) => [s.id, s.text]));
      return {
        result,
        passages: result.highlights.map((h) => ({ id: h.id, text: byId.get(h.id) ?? '', place: read.places[h.id] })),
        read: {
          name: read.name,
          version: read.version,
          cached: read.cached,
          requests: read.requests,
          fileReads: read.fileReads,
          frames: read.frames,
          textNodes: read.textNodes,
          images: read.images.length,
          hidden: read.hidden,
          repeats: read.repeats,
          truncated: read.truncated,
          readAt: read.readAt,
        },
      };
    },
  });
}
