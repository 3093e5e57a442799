// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlatformScanResult } from '../../../lib/messaging/protocol';

/** The content script's messaging, as the background would answer it. */
const sent: string[] = [];
let config = { enabled: true, autoScan: true, highlights: true };
const handlers: Record<string, (data: unknown) => unknown>[] = [];
const removed = vi.fn();
vi.mock('../../../lib/messaging/page', () => ({
  askBackground: async (name: string, data: { deliverable?: { segments: unknown[] } }) => {
    sent.push(name);
    if (name === 'platform.config') return config;
    const result: PlatformScanResult = { recordId: 'r', label: 'human', probability: 0.1, aiShare: 0, passages: data.deliverable?.segments.length ?? 0, judged: 1, highlights: [] };
    return result;
  },
  onBackgroundMessages: (_requests: unknown, h: Record<string, (data: unknown) => unknown>) => {
    handlers.push(h);
    return () => {
      removed();
      handlers.splice(handlers.indexOf(h), 1);
    };
  },
}));

const { runPlatformFeature } = await import('../../../lib/platforms/feature');
const { start } = await import('../../../lib/platforms/gmail/content');

const URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH';
let window: Window;
function gmail(): Document {
  window = new Window({ url: URL });
  window.document.write(readFileSync(join(import.meta.dirname, '../../fixtures/platforms/gmail/thread.html'), 'utf8'));
  return window.document as unknown as Document;
}
const chips = (doc: Document) => doc.querySelectorAll('assay-chip').length;
const scans = () => sent.filter((n) => n === 'platform.scan').length;
/** Changes the second message's text, as Gmail does when it re-renders or the sender edits a draft. */
const editMessage = (doc: Document) => (doc.querySelectorAll('div.ii.gt')[1]!.querySelector('div[dir="ltr"] > div')!.textContent = 'Hi Maya, one more change.');
const quiet = () => new Promise((r) => setTimeout(r, 600));

beforeEach(() => {
  sent.length = 0;
  handlers.length = 0;
  removed.mockReset();
  config = { enabled: true, autoScan: true, highlights: true };
});
afterEach(async () => {
  await window?.happyDOM.close();
});

describe('a platform feature tears down', () => {
  it.each([
    ['when WXT invalidates the content script (extension updated or reloaded)', (ctx: AbortController) => ctx.abort()],
    ['when the background says the platform was turned off', () => handlers.find((h) => h['platform.stop'])!['platform.stop']!({})],
  ])('%s: no observer, chip, listener or scan is left', async (_, stop) => {
    const doc = gmail();
    const ctx = new AbortController();
    const feature = await runPlatformFeature('gmail', ctx, start, doc);
    expect(feature).toBeDefined();
    await vi.waitFor(() => expect(scans()).toBe(2));
    expect(chips(doc)).toBe(2);

    stop(ctx);
    expect(chips(doc)).toBe(0);
    // Both message listeners (the feature's and the highlight switch) are gone.
    expect(removed).toHaveBeenCalledTimes(2);
    expect(handlers).toHaveLength(0);
    editMessage(doc);
    await quiet();
    expect(scans()).toBe(2);
    expect(chips(doc)).toBe(0);
  });

  it('a running feature rechecks when the popup asks, and re-checks a changed message on its own', async () => {
    const doc = gmail();
    await runPlatformFeature('gmail', new AbortController(), start, doc);
    await vi.waitFor(() => expect(scans()).toBe(2));
    handlers.find((h) => h['platform.recheck'])!['platform.recheck']!({});
    await vi.waitFor(() => expect(scans()).toBe(4));
    editMessage(doc);
    await vi.waitFor(() => expect(scans()).toBe(5));
  });

  it('starts nothing when the platform is off, or the script was already invalidated', async () => {
    config = { ...config, enabled: false };
    const doc = gmail();
    expect(await runPlatformFeature('gmail', new AbortController(), start, doc)).toBeUndefined();
    config = { ...config, enabled: true };
    const gone = new AbortController();
    gone.abort();
    expect(await runPlatformFeature('gmail', gone, start, doc)).toBeUndefined();
    expect(chips(doc)).toBe(0);
    expect(handlers).toHaveLength(0);
  });
});
