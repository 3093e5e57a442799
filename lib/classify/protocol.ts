import { z } from 'zod';

/**
 * The Assay classification protocol: what a client sends a classifier and what it gets back. Declared
 * once here; the server validates requests with it, clients validate answers with it, and
 * docs/openapi.json is generated from it (scripts/openapi.ts).
 *
 * v1: a probability per passage and for the document.
 * v2 (additive): beside each probability, the label the classifier gives (`unknown` = not judged, with
 * the reason), so a client can tell a one-word passage the detector did not judge from a judged one.
 * Both are served; the request is the same.
 */
export const PROTOCOL_VERSIONS = ['v1', 'v2'] as const;
export type ProtocolVersion = (typeof PROTOCOL_VERSIONS)[number];
/** The newest version: what Assay's own client asks for first. */
export const PROTOCOL_VERSION: ProtocolVersion = 'v2';
/** Bounds that keep one request reasonable; the server's byte limit applies on top. */
export const MAX_PASSAGES = 2_000;
export const MAX_PASSAGE_CHARS = 20_000;

export const PassageSchema = z.object({
  id: z.string().min(1).max(64).describe('Stable id of the passage in the deliverable'),
  text: z.string().min(1).max(MAX_PASSAGE_CHARS).describe('The passage text'),
});

export const ClassifyRequestSchema = z
  .object({
    passages: z.array(PassageSchema).min(1).max(MAX_PASSAGES),
    document: z
      .object({
        kind: z.string().max(32).optional(),
        title: z.string().max(500).optional(),
        lang: z.string().max(35).optional(),
      })
      .optional()
      .describe('Metadata only; never the URL'),
    providers: z.array(z.string().max(32)).max(8).optional().describe('Team providers the server should also ask, by id'),
  })
  .describe('Classify passages of one deliverable');
export type ClassifyRequest = z.infer<typeof ClassifyRequestSchema>;

export const PassageScoreSchema = z.object({
  id: z.string(),
  probability: z.number().min(0).max(1).describe('Probability that the passage is machine-written'),
  reasons: z.array(z.string()).max(10).optional(),
});

export const ClassifierAnswerSchema = z.object({
  model: z.object({ name: z.string(), version: z.string() }),
  document: z.object({ probability: z.number().min(0).max(1) }),
  passages: z.array(PassageScoreSchema),
  /** True when the classifier scores documents only and its score was applied to every passage. */
  documentOnly: z.boolean().optional(),
});
export type ClassifierAnswer = z.infer<typeof ClassifierAnswerSchema>;

/** Answers of team providers the server called on the client's behalf; failures say why. */
const TeamProvidersSchema = z
  .array(z.union([z.object({ id: z.string(), ok: z.literal(true), answer: ClassifierAnswerSchema }), z.object({ id: z.string(), ok: z.literal(false), error: z.string() })]))
  .optional();

/** v2 passage labels, the ids shared with the extension's verdicts; `unknown` means not judged. */
export const PassageLabelV2Schema = z.enum(['ai', 'unsure', 'human', 'unknown']);
export type PassageLabelV2 = z.infer<typeof PassageLabelV2Schema>;
export const DocumentLabelV2Schema = z.enum(['ai', 'mixed', 'unsure', 'human', 'unknown']);
export type DocumentLabelV2 = z.infer<typeof DocumentLabelV2Schema>;

const reason = z.string().max(500).optional().describe('Why it was not judged; present when the label is `unknown`');

/**
 * v1: what it always carried (probabilities and reasons), plus the label and, when not judged, why,
 * beside the probability. Those two are optional and additive: a v1 client that reads only the
 * probabilities (every client before them, the extension's included, parses non-strictly) is unaffected,
 * and a one-word passage no longer comes back as a bare score that looks like a judgement.
 */
export const ClassifyResponseV1Schema = ClassifierAnswerSchema.extend({
  protocol: z.literal('v1'),
  document: z.object({ probability: z.number().min(0).max(1), label: DocumentLabelV2Schema.optional(), reason }),
  passages: z.array(PassageScoreSchema.extend({ label: PassageLabelV2Schema.optional().describe('The classifier’s label; `unknown`: not judged'), reason })),
  providers: TeamProvidersSchema,
});
export type ClassifyResponseV1 = z.infer<typeof ClassifyResponseV1Schema>;

export const ClassifyResponseV2Schema = z.object({
  protocol: z.literal('v2'),
  model: ClassifierAnswerSchema.shape.model,
  document: z.object({ probability: z.number().min(0).max(1), label: DocumentLabelV2Schema, reason }),
  passages: z.array(
    PassageScoreSchema.extend({
      label: PassageLabelV2Schema.describe('The classifier’s label; `unknown`: not judged, the probability is only an estimate'),
      reason,
    }),
  ),
  documentOnly: z.boolean().optional(),
  providers: TeamProvidersSchema,
});
export type ClassifyResponseV2 = z.infer<typeof ClassifyResponseV2Schema>;

export const ErrorResponseSchema = z.object({ error: z.string(), detail: z.string().optional() });
