import { z } from 'zod';
import { protocol, type MessageName, type RequestOf, type ResponseOf } from './protocol';

/** Every message on the wire is this envelope; anything else is ignored as not ours. */
export const EnvelopeSchema = z.object({
  assay: z.literal(1),
  name: z.string().max(64),
  data: z.unknown(),
});

const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export class MessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageError';
  }
}

export function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(protocol, name);
}

export function envelope<N extends MessageName>(name: N, data: RequestOf<N>) {
  return { assay: 1 as const, name, data };
}

/** Checks a reply against the protocol: a malformed or failed reply becomes a thrown MessageError. */
export function unwrapReply<N extends MessageName>(name: N, raw: unknown): ResponseOf<N> {
  if (raw === undefined) throw new MessageError(`No one answered "${name}".`);
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessageError(`Malformed reply to "${name}".`);
  if (!reply.data.ok) throw new MessageError(reply.data.error);
  const parsed = protocol[name].response.safeParse(reply.data.data);
  if (!parsed.success) throw new MessageError(`Invalid reply to "${name}": ${z.prettifyError(parsed.error)}`);
  return parsed.data as ResponseOf<N>;
}
