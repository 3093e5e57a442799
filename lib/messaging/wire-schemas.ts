import * as z from 'zod/mini';

/**
 * The wire's own schemas: the envelope every message travels in, and the reply to it. wire.ts checks
 * them through their rules (rules.generated.ts, `npm run rules`), which every context shares, content
 * scripts included; these schemas are where the rules come from, and the types.
 */

/** Every message on the wire is this envelope; anything else is ignored as not ours. */
export const EnvelopeSchema = z.object({
  assay: z.literal(1),
  name: z.string().check(z.maxLength(64)),
  data: z.unknown(),
});

/** `{ ok: true, data }` or `{ ok: false, error }`, as one object (the rule interpreter has no unions). */
export const ReplySchema = z.object({ ok: z.boolean(), data: z.optional(z.unknown()), error: z.optional(z.string()) });
