// Sapling AI detector: POST https://api.sapling.ai/api/v1/aidetect, body {"key", "text", "sent_scores": true};
// answer {"score", "sentence_scores": [{"sentence", "score"}]}, scores 0..1 (1 = AI).
// Documented at https://sapling.ai/docs/api/detector (request limit 200,000 characters).
import { z } from 'zod';
import { classifyInChunks, clamp01, parseAnswer, postJson, sentencesToPassages } from './shared';
import { CATALOGUE } from '../catalogue';
import type { Provider } from './types';

const AnswerSchema = z.object({
  score: z.number(),
  sentence_scores: z.array(z.object({ sentence: z.string(), score: z.number() })).optional(),
});

export const sapling: Provider = {
  ...CATALOGUE.sapling,
  maxChars: 200_000,
  documentOnly: false,
  classify: (passages, context) =>
    classifyInChunks(passages, sapling.maxChars, async (chunk) => {
      const raw = await postJson('Sapling', 'https://api.sapling.ai/api/v1/aidetect', { key: context.key, text: chunk.map((p) => p.text).join('\n\n'), sent_scores: true }, {}, context);
      const answer = parseAnswer('Sapling', AnswerSchema, raw);
      const probability = clamp01(answer.score);
      const sentences = (answer.sentence_scores ?? []).map((s) => ({ text: s.sentence, probability: clamp01(s.score) }));
      return { model: { name: 'Sapling AI detector', version: 'v1' }, document: { probability }, passages: sentencesToPassages(chunk, sentences, probability) };
    }),
};
