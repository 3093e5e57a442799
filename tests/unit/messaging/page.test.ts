import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { askBackground, onBackgroundMessages } from '../../../lib/messaging/page';
import { PAGE_REPLIES, PAGE_REQUESTS } from '../../../lib/messaging/page-protocol';
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

function listen(handlers: Parameters<typeof onBackgroundMessages>[0]) {
  vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
    captured = listener as typeof captured;
  });
  return onBackgroundMessages(handlers);
}

describe('page-side protocol', () => {
  it('is the same schema as the full protocol for every message it shares', () => {
    for (const name of Object.keys(PAGE_REQUESTS) as (keyof typeof PAGE_REQUESTS)[]) expect(protocol[name].request, name).toBe(PAGE_REQUESTS[name]);
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
    expect(await askBackground('platform.config', { platform: 'gmail' }, PAGE_REPLIES['platform.config'])).toEqual({ enabled: true, autoScan: false, highlights: true });
  });

  it.each([
    ['no answer', undefined, /No one answered/],
    ['an error reply', { ok: false, error: 'platform off' }, /platform off/],
    ['a reply failing its schema', { ok: true, data: { enabled: 'yes' } }, /Invalid reply to "platform.config": enabled/],
  ])('throws a MessageError for %s', async (_, reply, message) => {
    answer(reply);
    const asking = askBackground('platform.config', { platform: 'gmail' }, PAGE_REPLIES['platform.config']);
    await expect(asking).rejects.toThrow(MessageError);
    await expect(askBackground('platform.config', { platform: 'gmail' }, PAGE_REPLIES['platform.config'])).rejects.toThrow(message);
  });
});
