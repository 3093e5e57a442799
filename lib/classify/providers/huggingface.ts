// Hugging Face Inference, text-classification task: POST https://router.huggingface.co/hf-inference/models/<model>,
// Authorization: Bearer, body {"inputs": text}; answer [[{"label", "score"}, …]] (or a flat list).
// Documented at https://huggingface.co/docs/inference-providers/tasks/text-classification. The model is
// configurable; labels naming machine text ("Fake", "AI", "machine", "LABEL_1") count as machine.
import { z } from 'zod';
import { ProviderError } from '../errors';
import { clamp01, parseAnswer, postJson } from './shared';
import { CATALOGUE } from '../catalogue';
import type { Provider } from './types';

export const DEFAULT_HF_MODEL = 'openai-community/roberta-base-openai-detector';
const Label = z.object({ label: z.string(), score: z.number() });
const AnswerSchema = z.union([z.array(z.array(Label)).min(1), z.array(Label).min(1)]);
const MACHINE = /^(fake|ai|machine|generated|chatgpt|gpt|label_1)$/i;
const HUMAN = /^(real|human|label_0)$/i;

export const huggingface: Provider = {
  ...CATALOGUE.huggingface,
  // Classifiers of this kind read about 512 tokens: each passage is sent alone, cut to this length.
  maxChars: 2_000,
  documentOnly: false,
  async classify(passages, context) {
    const model = context.option?.trim() || DEFAULT_HF_MODEL;
    if (!/^[\w.-]+\/[\w.-]+$/.test(model)) throw new ProviderError('invalid-answer', `"${model}" is not a Hugging Face model id.`);
    const scored: { id: string; probability: number; weight: number }[] = [];
    for (const passage of passages) {
      const raw = await postJson('Hugging Face', `https://router.huggingface.co/hf-inference/models/${model}`, { inputs: passage.text.slice(0, huggingface.maxChars) }, { authorization: `Bearer ${context.key}` }, context);
      const parsed = parseAnswer('Hugging Face', AnswerSchema, raw);
      const labels = Array.isArray(parsed[0]) ? (parsed[0] as z.infer<typeof Label>[]) : (parsed as z.infer<typeof Label>[]);
      const machine = labels.find((l) => MACHINE.test(l.label));
      const human = labels.find((l) => HUMAN.test(l.label));
      if (!machine && !human) throw new ProviderError('invalid-answer', `The model ${model} answered with labels Assay cannot map (${labels.map((l) => l.label).join(', ')}).`);
      scored.push({ id: passage.id, probability: clamp01(machine ? machine.score : 1 - human!.score), weight: passage.text.length });
    }
    const total = scored.reduce((n, s) => n + s.weight, 0) || 1;
    return {
      model: { name: model, version: 'hf-inference' },
      document: { probability: scored.reduce((n, s) => n + s.probability * s.weight, 0) / total },
      passages: scored.map(({ id, probability }) => ({ id, probability })),
    };
  },
};
