import { browser, type Browser } from 'wxt/browser';
import { PAGE_REQUESTS, type PAGE_REPLIES } from './page-protocol';
import type { RequestOf, ResponseOf } from './protocol';
import { dispatchWith, envelope, namesOneOf, unwrapWith, type Reply } from './wire';

/**
 * Messaging for the page side (the page script and the platforms' content scripts): the same envelope,
 * sender rules and validation as the rest of the extension, with only the schemas this side reads
 * (page-protocol.ts), so that a content script does not carry the whole protocol and every schema in it.
 */
type Runtime = Browser.runtime.MessageSender;
export type PageRequest = keyof typeof PAGE_REQUESTS;
export type PageAsk = keyof typeof PAGE_REPLIES;
export type PageHandlers = { [N in PageRequest]?: (data: RequestOf<N>, sender: Runtime) => Promise<ResponseOf<N>> | ResponseOf<N> };

const isPageRequest = (name: string): name is PageRequest => Object.prototype.hasOwnProperty.call(PAGE_REQUESTS, name);

/** Every request the page side receives comes from the background (protocol.ts says so for each). */
const specOf = (name: string) => (isPageRequest(name) ? { from: 'background' as const, request: PAGE_REQUESTS[name] } : undefined);

/** Registers the page side's handlers; answers only the background, only the messages handled here. */
export function onBackgroundMessages(handlers: PageHandlers): () => void {
  const options = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/'), unknownIsError: false };
  const listener = (raw: unknown, sender: Runtime, sendResponse: (reply: Reply) => void) => {
    if (!namesOneOf(raw, (name) => isPageRequest(name) && handlers[name] !== undefined)) return false;
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
