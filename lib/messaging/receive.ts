import { browser, type Browser } from 'wxt/browser';
import { isMessageName, type Reply } from './core';
import { protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';
import { dispatchWith, namesOneOf, type ReceiveOptions } from './wire';

export { senderAllowed, type ReceiveOptions, type SenderKind } from './wire';

type Runtime = Browser.runtime.MessageSender;
export type Handlers = { [N in MessageName]?: (data: RequestOf<N>, sender: Runtime) => Promise<ResponseOf<N>> | ResponseOf<N> };

const specOf = (name: string) => (isMessageName(name) ? protocol[name] : undefined);

/**
 * Validates one incoming message and runs its handler. Returns undefined when the message is not for
 * this context (so another listener may answer it), or a Reply.
 */
export function dispatch(raw: unknown, sender: Runtime, handlers: Handlers, options: ReceiveOptions): Promise<Reply | undefined> {
  return dispatchWith(raw, sender, handlers, specOf, { ...options, unknownIsError: true });
}

/** Registers handlers on runtime messaging; answers only the messages this context handles. */
export function onMessages(handlers: Handlers, overrides: Partial<ReceiveOptions> = {}): () => void {
  const options: ReceiveOptions = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    ...overrides,
  };
  const listener = (raw: unknown, sender: Runtime, sendResponse: (reply: Reply) => void) => {
    if (!namesOneOf(raw, (name) => isMessageName(name) && handlers[name] !== undefined)) return false;
    void dispatch(raw, sender, handlers, options).then((reply) => {
      if (reply) sendResponse(reply);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
