import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { EnvelopeSchema, isMessageName, type Reply } from './core';
import { protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

type Runtime = Browser.runtime.MessageSender;
export type Handlers = { [N in MessageName]?: (data: RequestOf<N>, sender: Runtime) => Promise<ResponseOf<N>> | ResponseOf<N> };

export interface ReceiveOptions {
  /** The extension's own id and origin, to tell its pages from content scripts and other extensions. */
  extensionId: string;
  extensionOrigin: string;
  log?: (message: string) => void;
}

/** Whether a sender may send a message declared `from` a given context. */
export type SenderKind = 'extension' | 'background' | 'content';

export function senderAllowed(from: SenderKind, sender: Runtime, options: ReceiveOptions): boolean {
  if (sender.id !== options.extensionId) return false;
  // Extension pages may sit in a tab (the dashboard, a popup opened as a page), so the URL decides:
  // a content script's sender URL is the web page's, never the extension's origin.
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
  switch (from) {
    case 'extension':
      return fromExtensionPage;
    case 'background':
      // The background's messages reach tabs and the offscreen document with no tab and the extension's URL.
      return fromExtensionPage || sender.url === undefined;
    case 'content':
      return sender.tab !== undefined && !fromExtensionPage;
  }
}

/**
 * Validates one incoming message and runs its handler. Returns undefined when the message is not for
 * this context (so another listener may answer it), or a Reply.
 */
export async function dispatch(raw: unknown, sender: Runtime, handlers: Handlers, options: ReceiveOptions): Promise<Reply | undefined> {
  const log = options.log ?? ((m: string) => console.warn(m));
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return undefined;
  const { name } = env.data;
  if (!isMessageName(name)) {
    log(`[assay] rejected message: unknown name "${name}"`);
    return { ok: false, error: `Unknown message "${name}".` };
  }
  const handler = handlers[name] as ((data: unknown, sender: Runtime) => unknown) | undefined;
  if (!handler) return undefined;
  const spec = protocol[name];
  if (!senderAllowed(spec.from, sender, options)) {
    log(`[assay] rejected "${name}": sender not allowed (${sender.url ?? 'no url'})`);
    return { ok: false, error: `"${name}" is not allowed from this sender.` };
  }
  const request = spec.request.safeParse(env.data.data);
  if (!request.success) {
    log(`[assay] rejected "${name}": ${z.prettifyError(request.error)}`);
    return { ok: false, error: `Invalid "${name}" request.` };
  }
  try {
    const data = await handler(request.data, sender);
    return { ok: true, data };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message };
  }
}

/** Registers handlers on runtime messaging; answers only the messages this context handles. */
export function onMessages(handlers: Handlers, overrides: Partial<ReceiveOptions> = {}): () => void {
  const options: ReceiveOptions = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    ...overrides,
  };
  const listener = (raw: unknown, sender: Runtime, sendResponse: (reply: Reply) => void) => {
    const env = EnvelopeSchema.safeParse(raw);
    if (!env.success || !isMessageName(env.data.name) || !handlers[env.data.name]) return false;
    void dispatch(raw, sender, handlers, options).then((reply) => {
      if (reply) sendResponse(reply);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
