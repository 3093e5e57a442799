import * as z from 'zod/mini';
import type { RuleEntry } from '../../messaging/rule-file';

/**
 * The shape of a Google Docs `revisions/load` answer (revisions.ts reads it). The content script
 * checks it through the rules made from these schemas (revisions-rules.generated.ts, `npm run rules`),
 * not zod itself, to stay small.
 *
 * One operation: inserts (`is`, `iss`) carry `s`; `mlti` carries several operations, each checked the
 * same way as the walk reaches it (a flat schema, not a recursive union); other types carry no text.
 */
export const OpSchema = z.nullable(z.looseObject({ ty: z.string(), s: z.optional(z.string()), mts: z.optional(z.array(z.unknown())) }));
export type Op = z.infer<typeof OpSchema>;

export const RevisionsSchema = z.object({
  changelog: z.array(z.tuple([z.unknown(), z.number()], z.unknown())).check(z.maxLength(500_000)),
});

export const REVISIONS_RULES: readonly RuleEntry[] = [
  { name: 'OP', doc: 'OpSchema (revisions-schema.ts): one operation of the revision history.', from: OpSchema },
  { name: 'REVISIONS', doc: 'RevisionsSchema (revisions-schema.ts): the revision history.', from: RevisionsSchema },
];
