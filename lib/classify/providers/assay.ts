// A self-hosted Assay server (`assay serve`): POST <server>/v1/classify with the protocol of
// lib/classify/protocol.ts, Authorization: Bearer <token> when the server requires one. Documented in
// this repository: docs/server.md and docs/openapi.json (https://github.com/assay/assay/blob/main/docs/server.md).
import { ProviderError } from '../errors';
import { ClassifyResponseSchema } from '../protocol';
import { classifyInChunks, parseAnswer, postJson } from './shared';
import { assayOrigin, CATALOGUE } from '../catalogue';
import type { Provider } from './types';

export { assayOrigin };

export const assay: Provider = {
  ...CATALOGUE.assay,
  maxChars: 1_000_000,
  documentOnly: false,
  classify: (passages, context) => {
    const origin = assayOrigin(context.option);
    if (!origin) throw new ProviderError('invalid-answer', 'Set the Assay server address (for example http://127.0.0.1:8787) in the settings.');
    return classifyInChunks(passages, assay.maxChars, async (chunk) => {
      const raw = await postJson('The Assay server', `${origin}/v1/classify`, { passages: chunk }, context.key ? { authorization: `Bearer ${context.key}` } : {}, context);
      const { model, document, passages: scores } = parseAnswer('The Assay server', ClassifyResponseSchema, raw);
      return { model, document, passages: scores.map(({ id, probability }) => ({ id, probability })) };
    });
  },
};
