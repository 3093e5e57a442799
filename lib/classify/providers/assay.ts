// A self-hosted Assay server (`assay serve`): POST <server>/v1/classify with the protocol of
// lib/classify/protocol.ts, Authorization: Bearer <token> when the server requires one. Documented in
// this repository: docs/server.md and docs/openapi.json (https://github.com/assay/assay/blob/main/docs/server.md).
import { ProviderError } from '../errors';
import { ClassifyResponseSchema } from '../protocol';
import { classifyInChunks, parseAnswer, postJson } from './shared';
import type { Provider } from './types';

/** The server's origin from the URL the user gave, or undefined when it is not an http(s) URL. */
export function assayOrigin(option: string | undefined): string | undefined {
  try {
    const url = new URL(option ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export const assay: Provider = {
  id: 'assay',
  name: 'Assay server',
  host: 'https://*/*',
  hostFor: (option) => {
    const origin = assayOrigin(option);
    return origin ? `${origin}/*` : undefined;
  },
  docs: 'https://github.com/assay/assay/blob/main/docs/server.md',
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
