import { describe, expect, it, vi } from 'vitest';
import { dispatch, senderAllowed, type ReceiveOptions } from '../../../lib/messaging/receive';
import { unwrapReply, envelope, MessageError } from '../../../lib/messaging/core';

const options: ReceiveOptions = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const contentScript = { id: 'ext-id', url: 'https://example.com/', tab: { id: 3 } as chrome.tabs.Tab };
const otherExtension = { id: 'evil', url: 'chrome-extension://evil/popup.html' };

describe('dispatch', () => {
  it('runs the handler with the validated request', async () => {
    const handler = vi.fn(() => ({ ok: true as const }));
    const reply = await dispatch(envelope('highlights.set', { tabId: 4, visible: false }), popup, { 'highlights.set': handler }, options);
    expect(reply).toEqual({ ok: true, data: { ok: true } });
    expect(handler).toHaveBeenCalledWith({ tabId: 4, visible: false }, popup);
  });

  it.each([
    ['a missing field', { tabId: 4 }],
    ['a wrong type', { tabId: '4', visible: true }],
    ['a negative tab id', { tabId: -1, visible: true }],
  ])('rejects a malformed request (%s) with a logged reason, without calling the handler', async (_, data) => {
    const log = vi.fn();
    const handler = vi.fn();
    const reply = await dispatch({ assay: 1, name: 'highlights.set', data }, popup, { 'highlights.set': handler }, { ...options, log });
    expect(reply).toEqual({ ok: false, error: 'Invalid "highlights.set" request.' });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('rejected "highlights.set"'));
  });

  it('rejects an unknown message name with a logged reason', async () => {
    const log = vi.fn();
    const reply = await dispatch({ assay: 1, name: 'nuke.everything', data: {} }, popup, {}, { ...options, log });
    expect(reply).toMatchObject({ ok: false });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('unknown name'));
  });

  it('ignores messages that are not Assay envelopes', async () => {
    expect(await dispatch({ hello: 'world' }, popup, {}, options)).toBeUndefined();
    expect(await dispatch('string', popup, {}, options)).toBeUndefined();
  });

  it('refuses a privileged message from a content script or another extension', async () => {
    const handler = vi.fn();
    const log = vi.fn();
    for (const sender of [contentScript, otherExtension]) {
      const reply = await dispatch(envelope('scan.start', { tabId: 1 }), sender, { 'scan.start': handler }, { ...options, log });
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not allowed') });
    }
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('turns a handler failure into an error reply', async () => {
    const reply = await dispatch(envelope('tab.get', { tabId: 1 }), popup, { 'tab.get': () => Promise.reject(new Error('tab closed')) }, options);
    expect(reply).toEqual({ ok: false, error: 'tab closed' });
  });
});

describe('senderAllowed', () => {
  it('lets only extension pages send extension messages', () => {
    expect(senderAllowed('extension', popup, options)).toBe(true);
    // The dashboard, or a popup opened as a page, lives in a tab but is still an extension page.
    expect(senderAllowed('extension', { ...popup, tab: { id: 9 } as chrome.tabs.Tab }, options)).toBe(true);
    expect(senderAllowed('extension', contentScript, options)).toBe(false);
    expect(senderAllowed('extension', otherExtension, options)).toBe(false);
  });
  it('lets content scripts send content messages', () => {
    expect(senderAllowed('content', contentScript, options)).toBe(true);
    expect(senderAllowed('content', popup, options)).toBe(false);
  });
});

describe('unwrapReply', () => {
  it('returns validated data', () => {
    expect(unwrapReply('highlights.set', { ok: true, data: { ok: true } })).toEqual({ ok: true });
  });
  it.each([
    ['no answer', undefined, /No one answered/],
    ['not a reply', { whatever: 1 }, /Malformed reply/],
    ['an error reply', { ok: false, error: 'boom' }, /boom/],
    ['data failing its schema', { ok: true, data: { shown: -1 } }, /Invalid reply/],
  ])('throws a MessageError for %s', (_, raw, message) => {
    const name = raw && typeof raw === 'object' && 'data' in raw ? 'page.highlight' : 'highlights.set';
    expect(() => unwrapReply(name, raw)).toThrow(MessageError);
    expect(() => unwrapReply(name, raw)).toThrow(message);
  });
});
