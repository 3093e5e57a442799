// Originality.ai: POST https://api.originality.ai/api/v1/scan/ai, header X-OAI-API-KEY, body {"content", "storeScan": false};
// answer {"success", "score": {"ai", "original"}, "blocks": [{"text", "result": {"fake", "real"}}]}, scores 0..1.
// Documented at https://docs.originality.ai/api-v1-0-reference/scan/ai-scan.
import { z } from 'zod';
import { classifyInChunks, clamp01, parseAnswer, postJson, sentencesToPassages } from './shared';
import { CATALOGUE } from '../catalogue';
import type { Provider } from './types';

const AnswerSchema = z.object({
  score: z.object({ ai: z.number(), original: z.number().optional() }),
  blocks: z.array(z.object({ text: z.string(), result: z.object({ fake: z.number(), real: z.number().optional() }) })).optional(),
});

export const originality: Provider = {
  ...CATALOGUE.originality,
  maxChars: 100_000,
  documentOnly: false,
  classify: (passages, context) =>
    classifyInChunks(passages, originality.maxChars, async (chunk) => {
      const body = { content: chunk.map((p) => p.text).join('\n\n'), storeScan: false };
      const raw = await postJson('Originality.ai', 'https://api.originality.ai/api/v1/scan/ai', body, { 'X-OAI-API-KEY': context.key }, context);
      const answer = parseAnswer('Originality.ai', AnswerSchema, raw);
      const probability = clamp01(answer.score.ai);
      const blocks = (answer.blocks ?? []).map((b) => ({ text: b.text, probability: clamp01(b.result.fake) }));
      return { model: { name: 'Originality.ai', version: 'v1' }, document: { probability }, passages: sentencesToPassages(chunk, blocks, probability) };
    }),
};
