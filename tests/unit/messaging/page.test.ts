import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { askBackground, onBackgroundMessages } from '../../../lib/messaging/page';
import { PAGE_REPLIES, PAGE_SCRIPT_REQUESTS, PLATFORM_REQUESTS, PlatformScanResultSchema, SentMessagesSchema } from '../../../lib/messaging/page-protocol';
import { PAGE_SCRIPT_REQUEST_RULES, PLATFORM_CONFIG_REPLY, PLATFORM_REQUEST_RULES } from '../../../lib/messaging/rules.generated';
import { protocol } from '../../../lib/messaging/protocol';
import { envelope, MessageError } from '../../../lib/messaging/wire';

/**
 * The page side's messaging (page script and platform content scripts) carries only its part of the
 * protocol: the same rules as the full map, checked here through the real listener on WXT's fake browser.
 */
const background = { id: browser.runtime.id, url: undefined };
const otherPage = { id: browser.runtime.id, url: 'https://example.com/', tab: { id: 3 } as chrome.tabs.Tab };

afterEach(() => vi.restoreAllMocks());

/** The background's answer to the next message (its declared type is void: replies are untyped until checked). */
const answer = (reply: unknown) => vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(reply as never);

/** Calls every listener the way Chrome would, and returns the reply one of them sent (or undefined). */
async function deliver(raw: unknown, sender: object) {
  return new Promise<unknown>((resolve) => {
    const handled = captured(raw, sender, resolve);
    if (!handled) resolve(undefined);
  });
}
let captured: (raw: unknown, sender: object, send: (reply: unknown) => void) => boolean = () => false;

function listen(handlers: Parameters<typeof onBackgroundMessages<typeof PAGE_SCRIPT_REQUEST_RULES>>[1]) {
  vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
    captured = listener as typeof captured;
  });
  return onBackgroundMessages(PAGE_SCRIPT_REQUEST_RULES, handlers);
}

describe('page-side protocol', () => {
  it('is the same schema as the full protocol for every message it shares', () => {
    for (const requests of [PAGE_SCRIPT_REQUESTS, PLATFORM_REQUESTS]) {
      for (const [name, schema] of Object.entries(requests)) expect(protocol[name as keyof typeof protocol].request, name).toBe(schema);
    }
    // Content scripts check the same messages with the rules made from these schemas (rules.test.ts).
    expect(Object.keys(PAGE_SCRIPT_REQUEST_RULES)).toEqual(Object.keys(PAGE_SCRIPT_REQUESTS));
    expect(Object.keys(PLATFORM_REQUEST_RULES)).toEqual(Object.keys(PLATFORM_REQUESTS));
    for (const name of Object.keys(PAGE_REPLIES) as (keyof typeof PAGE_REPLIES)[]) expect(protocol[name].response, name).toBe(PAGE_REPLIES[name]);
  });
});

describe('onBackgroundMessages', () => {
  it('answers a valid request from the background', async () => {
    const handler = vi.fn(() => ({ ok: true as const }));
    listen({ 'page.visibility': handler });
    expect(await deliver(envelope('page.visibility', { visible: false }), background)).toEqual({ ok: true, data: { ok: true } });
    expect(handler).toHaveBeenCalledWith({ visible: false }, background);
  });

  it('refuses the same request from a web page, and a malformed one, without calling the handler', async () => {
    const handler = vi.fn(() => ({ ok: true as const }));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    listen({ 'page.visibility': handler });
    expect(await deliver(envelope('page.visibility', { visible: false }), otherPage)).toMatchObject({ ok: false, error: expect.stringContaining('not allowed') });
    expect(await deliver(envelope('page.visibility', { visible: 'yes' }), background)).toEqual({ ok: false, error: 'Invalid "page.visibility" request.' });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers only its own map's requests: a platform script does not hold the page script's schemas", async () => {
    const highlight = vi.fn(() => ({ shown: 0 }));
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
      captured = listener as typeof captured;
    });
    // A handler for a name its map lacks (only possible past the types) is never called.
    onBackgroundMessages(PLATFORM_REQUEST_RULES, { 'page.highlight': highlight } as never);
    expect(await deliver(envelope('page.highlight', { items: [], visible: true }), background)).toBeUndefined();
    expect(highlight).not.toHaveBeenCalled();
    expect(Object.keys(PLATFORM_REQUEST_RULES)).not.toContain('page.highlight');
  });

  it('leaves messages it does not handle to other listeners (no error reply)', async () => {
    listen({ 'page.visibility': () => ({ ok: true as const }) });
    expect(await deliver(envelope('scan.start', { tabId: 1 }), background)).toBeUndefined();
    expect(await deliver(envelope('page.extract', {}), background)).toBeUndefined();
    expect(await deliver({ hello: 'world' }, background)).toBeUndefined();
  });
});

describe('askBackground', () => {
  it('returns a reply that passes the page-side schema', async () => {
    answer({ ok: true, data: { enabled: true, autoScan: false, highlights: true } });
    expect(await askBackground('platform.config', { platform: 'gmail' }, PLATFORM_CONFIG_REPLY)).toEqual({ enabled: true, autoScan: false, highlights: true });
  });

  it.each([
    ['no answer', undefined, /No one answered/],
    ['an error reply', { ok: false, error: 'platform off' }, /platform off/],
    ['a reply failing its schema', { ok: true, data: { enabled: 'yes' } }, /Invalid reply to "platform.config": enabled/],
  ])('throws a MessageError for %s', async (_, reply, message) => {
    answer(reply);
    const asking = askBackground('platform.config', { platform: 'gmail' }, PLATFORM_CONFIG_REPLY);
    await expect(asking).rejects.toThrow(MessageError);
    await expect(askBackground('platform.config', { platform: 'gmail' }, PLATFORM_CONFIG_REPLY)).rejects.toThrow(message);
  });
});

describe('page-side schemas', () => {
  const result = { recordId: 'r', label: 'ai', probability: 0.9, aiShare: 0.5, passages: 3, judged: 2, highlights: [] };

  it('counts are whole numbers from 0 to 2^53 − 1, as z.int().nonnegative() accepts', () => {
    expect(PlatformScanResultSchema.safeParse(result).success).toBe(true);
    expect(PlatformScanResultSchema.safeParse({ ...result, passages: Number.MAX_SAFE_INTEGER }).success).toBe(true);
    for (const passages of [-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY, '3', null]) {
      expect(PlatformScanResultSchema.safeParse({ ...result, passages }).success, String(passages)).toBe(false);
    }
  });

  it('a sent catalogue is an object of strings with short keys, nothing else', () => {
    expect(SentMessagesSchema.safeParse({ 'platform.chip.check': 'Check', other: '' }).data).toEqual({ 'platform.chip.check': 'Check', other: '' });
    expect(SentMessagesSchema.safeParse({}).success).toBe(true);
    for (const bad of [
      { key: 1 },
      { key: null },
      { key: { nested: 'x' } },
      { key: 'x'.repeat(2001) },
      { ['k'.repeat(101)]: 'x' },
      ['array'],
      'text',
      null,
    ]) {
      expect(SentMessagesSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
    expect(SentMessagesSchema.safeParse({ ['k'.repeat(100)]: 'x' }).success).toBe(true);
  });

  it('the page script refuses highlights whose catalogue is malformed', () => {
    const highlight = PAGE_SCRIPT_REQUESTS['page.highlight'];
    expect(highlight.safeParse({ items: [], visible: true, locale: 'id', messages: { a: 'b' } }).success).toBe(true);
    expect(highlight.safeParse({ items: [], visible: true, locale: 'id', messages: { a: 7 } }).success).toBe(false);
    expect(highlight.safeParse({ items: [], visible: true, locale: 'fr' }).success).toBe(false);
  });
});
