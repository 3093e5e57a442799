// Winston AI: POST https://api.gowinston.ai/v2/ai-content-detection, Authorization: Bearer, body {"text", "sentences": true};
// answer {"status", "score" (0..100, how likely HUMAN), "sentences": [{"text", "score"}]}.
// Documented at https://docs.gowinston.ai/api-reference (OpenAPI: docs.gowinston.ai/api-reference/openapi.json).
import { z } from 'zod';
import { classifyInChunks, clamp01, parseAnswer, postJson, sentencesToPassages } from './shared';
import { CATALOGUE } from '../catalogue';
import type { Provider } from './types';

const AnswerSchema = z.object({
  score: z.number().min(0).max(100),
  sentences: z.array(z.object({ text: z.string(), score: z.number().min(0).max(100) })).optional(),
});

/** Winston scores how human a text is, in percent: Assay's probability is the complement. */
const machineProbability = (humanScore: number) => clamp01(1 - humanScore / 100);

export const winston: Provider = {
  ...CATALOGUE.winston,
  maxChars: 150_000,
  documentOnly: false,
  classify: (passages, context) =>
    classifyInChunks(passages, winston.maxChars, async (chunk) => {
      const raw = await postJson('Winston AI', 'https://api.gowinston.ai/v2/ai-content-detection', { text: chunk.map((p) => p.text).join('\n\n'), sentences: true }, { authorization: `Bearer ${context.key}` }, context);
      const answer = parseAnswer('Winston AI', AnswerSchema, raw);
      const probability = machineProbability(answer.score);
      const sentences = (answer.sentences ?? []).map((s) => ({ text: s.text, probability: machineProbability(s.score) }));
      return { model: { name: 'Winston AI', version: 'v2' }, document: { probability }, passages: sentencesToPassages(chunk, sentences, probability) };
    }),
};
