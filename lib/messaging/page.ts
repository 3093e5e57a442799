import { browser, type Browser } from 'wxt/browser';
import type { PAGE_REPLIES, PAGE_SCRIPT_REQUESTS, PageRequests, PLATFORM_REQUESTS } from './page-protocol';
import type { RequestOf, ResponseOf } from './protocol';
import { dispatchWith, envelope, namesOneOf, unwrapWith, type Reply, type WireSchema } from './wire';

/**
 * Messaging for the page side (the page script and the platforms' content scripts): the same envelope,
 * sender rules and validation as the rest of the extension, with only the schemas this side reads
 * (page-protocol.ts), so that a content script does not carry the whole protocol and every schema in it.
 */
type Runtime = Browser.runtime.MessageSender;
export type PageRequest = keyof PageRequests;
export type PageAsk = keyof typeof PAGE_REPLIES;
/** The requests one script receives: the page script's map or the platforms' (page-protocol.ts). */
type RequestMap = typeof PAGE_SCRIPT_REQUESTS | typeof PLATFORM_REQUESTS;
export type PageHandlers<M extends RequestMap> = {
  [N in keyof M & PageRequest]?: (data: RequestOf<N>, sender: Runtime) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

/**
 * Registers one script's handlers for the requests of its map; answers only the background, only the
 * messages handled here. Every request the page side receives comes from the background (protocol.ts
 * says so for each). The caller names the map so that a script carries only the schemas it reads.
 */
export function onBackgroundMessages<M extends RequestMap>(requests: M, handlers: PageHandlers<M>): () => void {
  const schemas = requests as Record<string, WireSchema>;
  const has = (name: string) => Object.prototype.hasOwnProperty.call(schemas, name);
  const specOf = (name: string) => (has(name) ? { from: 'background' as const, request: schemas[name]! } : undefined);
  const named = handlers as Record<string, unknown>;
  const options = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), unknownIsError: false };
  const listener = (raw: unknown, sender: Runtime, sendResponse: (reply: Reply) => void) => {
    if (!namesOneOf(raw, (name) => has(name) && named[name] !== undefined)) return false;
    void dispatchWith(raw, sender, handlers, specOf, options).then((reply) => {
      if (reply) sendResponse(reply);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Asks the background, checking its reply against the page side's schema for that question. The caller
 * names the schema (the type allows only the one PAGE_REPLIES declares) so that a script carries only
 * the replies it asks for: Gmail's script does not hold Figma's.
 */
export async function askBackground<N extends PageAsk>(name: N, data: RequestOf<N>, reply: (typeof PAGE_REPLIES)[N]): Promise<ResponseOf<N>> {
  const raw = await browser.runtime.sendMessage(envelope(name, data));
  return unwrapWith(name, raw, reply) as ResponseOf<N>;
}
