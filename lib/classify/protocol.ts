import { z } from 'zod';

/**
 * The Assay classification protocol, version 1: what a client sends a classifier and what it gets
 * back. Declared once here; the server validates requests with it, clients validate answers with it,
 * and docs/openapi.json is generated from it (scripts/openapi.ts).
 */
export const PROTOCOL_VERSION = 'v1';
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

export const ClassifyResponseSchema = ClassifierAnswerSchema.extend({
  protocol: z.literal(PROTOCOL_VERSION),
  /** Answers of team providers the server called on the client's behalf; failures say why. */
  providers: z
    .array(z.union([z.object({ id: z.string(), ok: z.literal(true), answer: ClassifierAnswerSchema }), z.object({ id: z.string(), ok: z.literal(false), error: z.string() })]))
    .optional(),
});
export type ClassifyResponse = z.infer<typeof ClassifyResponseSchema>;

export const ErrorResponseSchema = z.object({ error: z.string(), detail: z.string().optional() });
