import { MessageError, unwrapWith } from './wire';
import { protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

export { MessageError, type Reply } from './wire';
export { EnvelopeSchema } from './wire-schemas';

export function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(protocol, name);
}

export function envelope<N extends MessageName>(name: N, data: RequestOf<N>) {
  return { assay: 1 as const, name, data };
}

/** Checks a reply against the protocol: a malformed or failed reply becomes a thrown MessageError. */
export function unwrapReply<N extends MessageName>(name: N, raw: unknown): ResponseOf<N> {
  if (!isMessageName(name)) throw new MessageError(`Unknown message "${String(name)}".`);
  return unwrapWith(name, raw, protocol[name].response) as ResponseOf<N>;
}
