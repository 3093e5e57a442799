import { browser } from 'wxt/browser';
import { envelope, unwrapReply } from './core';
import type { MessageName, RequestOf, ResponseOf } from './protocol';

/** Sends a message to the extension's own pages and background (runtime messaging). */
export async function sendMessage<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const raw = await browser.runtime.sendMessage(envelope(name, data));
  return unwrapReply(name, raw);
}

/** Sends a message to the page script in a tab (top frame only). */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  data: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const raw = await browser.tabs.sendMessage(tabId, envelope(name, data), { frameId: 0 });
  return unwrapReply(name, raw);
}
