// GPTZero: POST https://api.gptzero.me/v2/predict/text, header x-api-key, body {"document": text};
// answer {"documents": [{"completely_generated_prob", "average_generated_prob", "sentences": [{"sentence", "generated_prob"}]}]}.
// Documented in GPTZero's API docs (https://gptzero.me/docs) and its JavaScript client's README
// (github.com/GPTZero/gptzero-js).
import { z } from 'zod';
import { classifyInChunks, clamp01, parseAnswer, postJson, sentencesToPassages } from './shared';
import { CATALOGUE } from '../catalogue';
import type { Provider } from './types';

const AnswerSchema = z.object({
  documents: z
    .array(
      z.object({
        completely_generated_prob: z.number(),
        average_generated_prob: z.number().optional(),
        sentences: z.array(z.object({ sentence: z.string(), generated_prob: z.number() })).optional(),
      }),
    )
    .min(1),
});

export const gptzero: Provider = {
  ...CATALOGUE.gptzero,
  maxChars: 50_000,
  documentOnly: false,
  classify: (passages, context) =>
    classifyInChunks(passages, gptzero.maxChars, async (chunk) => {
      const raw = await postJson('GPTZero', 'https://api.gptzero.me/v2/predict/text', { document: chunk.map((p) => p.text).join('\n\n') }, { 'x-api-key': context.key }, context);
      const doc = parseAnswer('GPTZero', AnswerSchema, raw).documents[0]!;
      const probability = clamp01(doc.completely_generated_prob);
      const sentences = (doc.sentences ?? []).map((s) => ({ text: s.sentence, probability: clamp01(s.generated_prob) }));
      return { model: { name: 'GPTZero', version: 'v2' }, document: { probability }, passages: sentencesToPassages(chunk, sentences, probability) };
    }),
};
