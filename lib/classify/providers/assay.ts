// A self-hosted Assay server (`assay serve`): POST <server>/v2/classify (or /v1/classify on a server
// from before v2) with the protocol of lib/classify/protocol.ts, Authorization: Bearer <token> when the
// server requires one. Documented in this repository: docs/server.md and docs/openapi.json
// (https://github.com/assay/assay/blob/main/docs/server.md).
import { ProviderError } from '../errors';
import { ClassifyResponseV1Schema, ClassifyResponseV2Schema, MAX_PASSAGE_CHARS, MAX_PASSAGES, type ClassifierAnswer } from '../protocol';
import { classifyInChunks, parseAnswer, postJson } from './shared';
import { assayOrigin, CATALOGUE } from '../catalogue';
import type { Passage, Provider, ProviderContext } from './types';

/**
 * Characters per request: the server's default 2 MiB body limit holds 500,000 characters even at three
 * UTF-8 bytes each, with room for 2,000 ids and the JSON around them.
 */
const MAX_REQUEST_CHARS = 500_000;
const NAME = 'The Assay server';

export { assayOrigin };

/** Where to cut a part of at most `max` characters: at the last space in its second half, else at `max` (never inside a surrogate pair). */
function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const space = text.lastIndexOf(' ', max - 1);
  if (space > max / 2) return space + 1;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * The passages as the server gets them: ids by position (a page's own ids may be longer than the
 * protocol allows), and a passage longer than the protocol's limit sent as parts, so nothing is cut.
 */
export function toServerPassages(passages: readonly Passage[]): { sent: Passage[]; ownerOf: Map<string, string> } {
  const sent: Passage[] = [];
  const ownerOf = new Map<string, string>();
  passages.forEach((passage, index) => {
    let rest = passage.text;
    for (let part = 0; rest.length > 0; part++) {
      const end = cutAt(rest, MAX_PASSAGE_CHARS);
      const id = part === 0 && end === rest.length ? String(index) : `${index}.${part}`;
      sent.push({ id, text: rest.slice(0, end) });
      ownerOf.set(id, passage.id);
      rest = rest.slice(end);
    }
  });
  return { sent, ownerOf };
}

/** The server's scores on the caller's passages: parts weighed by their length; passages it did not judge left out. */
export function fromServerScores(scores: readonly { id: string; probability: number }[], sent: readonly Passage[], ownerOf: ReadonlyMap<string, string>): ClassifierAnswer['passages'] {
  const lengths = new Map(sent.map((p) => [p.id, p.text.length]));
  const totals = new Map<string, { weight: number; sum: number }>();
  for (const score of scores) {
    const owner = ownerOf.get(score.id);
    if (owner === undefined) continue; // an id the server made up
    const weight = lengths.get(score.id) ?? 0;
    const t = totals.get(owner) ?? { weight: 0, sum: 0 };
    t.weight += weight;
    t.sum += weight * score.probability;
    totals.set(owner, t);
  }
  return [...totals].map(([id, t]) => ({ id, probability: t.weight > 0 ? t.sum / t.weight : 0 }));
}

/** One request; v2 first, v1 when the server predates v2 (it answers 404 for /v2). */
async function ask(origin: string, chunk: Passage[], context: ProviderContext, version: { current: 'v1' | 'v2' }): Promise<ClassifierAnswer> {
  const headers: Record<string, string> = context.key ? { authorization: `Bearer ${context.key}` } : {};
  if (version.current === 'v2') {
    try {
      const raw = await postJson(NAME, `${origin}/v2/classify`, { passages: chunk }, headers, context);
      const { model, document, passages } = parseAnswer(NAME, ClassifyResponseV2Schema, raw);
      // A passage the server did not judge (too short, code, not English) is no opinion at all.
      return { model, document: { probability: document.probability }, passages: passages.filter((p) => p.label !== 'unknown').map(({ id, probability }) => ({ id, probability })) };
    } catch (error) {
      if (!(error instanceof ProviderError && error.status === 404)) throw explain(error, origin);
      version.current = 'v1';
    }
  }
  try {
    const raw = await postJson(NAME, `${origin}/v1/classify`, { passages: chunk }, headers, context);
    const { model, document, passages } = parseAnswer(NAME, ClassifyResponseV1Schema, raw);
    return { model, document, passages: passages.map(({ id, probability }) => ({ id, probability })) };
  } catch (error) {
    throw explain(error, origin);
  }
}

/** The server's refusals that a user can act on, in words. */
function explain(error: unknown, origin: string): unknown {
  if (error instanceof ProviderError && error.status === 421)
    return new ProviderError('auth', `${NAME} does not answer for ${new URL(origin).hostname}: start it with --allowed-host ${new URL(origin).hostname}, or use 127.0.0.1.`, undefined, 421);
  return error;
}

export const assay: Provider = {
  ...CATALOGUE.assay,
  maxChars: MAX_REQUEST_CHARS,
  maxPassages: MAX_PASSAGES,
  documentOnly: false,
  classify: async (passages, context) => {
    const origin = assayOrigin(context.option);
    if (!origin) throw new ProviderError('invalid-answer', 'Set the Assay server address (for example http://127.0.0.1:8787) in the settings.');
    const { sent, ownerOf } = toServerPassages(passages);
    if (sent.length === 0) throw new ProviderError('invalid-answer', 'No passage has text to send to the Assay server.');
    const version = { current: 'v2' as 'v1' | 'v2' };
    const answer = await classifyInChunks(sent, MAX_REQUEST_CHARS, (chunk) => ask(origin, chunk, context, version), MAX_PASSAGES);
    return { ...answer, passages: fromServerScores(answer.passages, sent, ownerOf) };
  },
};
