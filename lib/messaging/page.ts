import { browser, type Browser } from 'wxt/browser';
import type { PAGE_REPLIES, PageRequests } from './page-protocol';
import type { RequestOf, ResponseOf } from './protocol';
import { ruleSchema, type Rule } from './rules';
import type {
  CERTIFY_ATTACHED_REPLY,
  FIGMA_CHECK_REPLY,
  PAGE_SCRIPT_REQUEST_RULES,
  PLATFORM_CONFIG_REPLY,
  PLATFORM_REQUEST_RULES,
  PLATFORM_SCAN_REPLY,
} from './rules.generated';
import { dispatchWith, envelope, namesOneOf, unwrapWith, type Reply } from './wire';

/**
 * Messaging for the page side (the page script and the platforms' content scripts): the same envelope,
 * sender rules and validation as the rest of the extension, with only the checks this side reads. A
 * content script holds no zod: it checks each message against the rule made from its zod schema in
 * page-protocol.ts (rules.ts, rules.generated.ts), as strictly as the schema would.
 */
type Runtime = Browser.runtime.MessageSender;
export type PageRequest = keyof PageRequests;
export type PageAsk = keyof typeof PAGE_REPLIES;
/** The requests one script receives: the page script's map or the platforms' (rules.generated.ts). */
type RequestMap = typeof PAGE_SCRIPT_REQUEST_RULES | typeof PLATFORM_REQUEST_RULES;
export type PageHandlers<M extends RequestMap> = {
  [N in keyof M & PageRequest]?: (data: RequestOf<N>, sender: Runtime) => Promise<ResponseOf<N>> | ResponseOf<N>;
};
/** Which rule checks the reply to each question (the type lets a caller pass only that one). */
interface ReplyRules {
  'platform.scan': typeof PLATFORM_SCAN_REPLY;
  'platform.config': typeof PLATFORM_CONFIG_REPLY;
  'figma.check': typeof FIGMA_CHECK_REPLY;
  'certify.attached': typeof CERTIFY_ATTACHED_REPLY;
}

/**
 * Registers one script's handlers for the requests of its map; answers only the background, only the
 * messages handled here. Every request the page side receives comes from the background (protocol.ts
 * says so for each). The caller names the map so that a script carries only the rules it reads.
 */
export function onBackgroundMessages<M extends RequestMap>(requests: M, handlers: PageHandlers<M>): () => void {
  const rules = requests as Record<string, Rule>;
  const has = (name: string) => Object.prototype.hasOwnProperty.call(rules, name);
  const specOf = (name: string) => (has(name) ? { from: 'background' as const, request: ruleSchema(rules[name]!) } : undefined);
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
 * Asks the background, checking its reply against the rule for that question. The caller names the
 * rule (the type allows only the one made from PAGE_REPLIES' schema) so that a script carries only the
 * replies it asks for: Gmail's script does not hold Figma's.
 */
export async function askBackground<N extends PageAsk>(name: N, data: RequestOf<N>, reply: ReplyRules[N]): Promise<ResponseOf<N>> {
  const raw = await browser.runtime.sendMessage(envelope(name, data));
  return unwrapWith(name, raw, ruleSchema(reply)) as ResponseOf<N>;
}
