import { z } from 'zod';
import { errorForStatus, ProviderError } from '../errors';
import type { ClassifierAnswer } from '../protocol';
import type { Passage, ProviderContext } from './types';
import { foldForMatch } from '../../text/normalize';

/** POSTs JSON and returns the parsed body, turning HTTP and network failures into ProviderErrors. */
export async function postJson(name: string, url: string, body: unknown, headers: Record<string, string>, context: ProviderContext): Promise<unknown> {
  let response: Response;
  try {
    response = await context.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal: context.signal });
  } catch (error) {
    if (context.signal?.aborted) throw new ProviderError('timeout', `${name} did not answer in time.`);
    throw new ProviderError('network', `${name} could not be reached (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) throw errorForStatus(name, response.status, response.headers.get('retry-after'));
  try {
    return await response.json();
  } catch {
    throw new ProviderError('invalid-answer', `${name} answered with something that is not JSON.`);
  }
}

/** Validates an answer; one that does not match the documented shape is discarded whole. */
export function parseAnswer<T>(name: string, schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ProviderError('invalid-answer', `${name} answered in an unexpected shape; its answer was discarded.`);
  return parsed.data;
}

/**
 * Splits passages into request-sized groups: at most `maxChars` characters and, where the provider
 * caps it, `maxPassages` passages a request (a passage longer than the limit goes alone, cut).
 */
export function chunkPassages(passages: readonly Passage[], maxChars: number, maxPassages = Infinity): Passage[][] {
  const chunks: Passage[][] = [];
  let current: Passage[] = [];
  let size = 0;
  for (const p of passages) {
    const text = p.text.slice(0, maxChars);
    if (current.length && (size + text.length + 2 > maxChars || current.length >= maxPassages)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push({ id: p.id, text });
    size += text.length + 2;
  }
  if (current.length) chunks.push(current);
  return chunks;
}


/**
 * Maps sentence scores back onto passages: each sentence is found in the passage that contains it and
 * the passage gets the length-weighted mean of its sentences; passages with no matched sentence fall
 * back to the document score.
 */
export function sentencesToPassages(passages: readonly Passage[], sentences: readonly { text: string; probability: number }[], documentProbability: number): ClassifierAnswer['passages'] {
  const totals = new Map<string, { weight: number; sum: number }>();
  const normalized = passages.map((p) => ({ id: p.id, text: foldForMatch(p.text) }));
  let from = 0;
  for (const sentence of sentences) {
    const s = foldForMatch(sentence.text);
    if (!s) continue;
    // Sentences come back in order: search from the passage of the last match first.
    let index = normalized.findIndex((p, i) => i >= from && p.text.includes(s));
    if (index < 0) index = normalized.findIndex((p) => p.text.includes(s));
    if (index < 0) continue;
    from = index;
    const t = totals.get(normalized[index]!.id) ?? { weight: 0, sum: 0 };
    t.weight += s.length;
    t.sum += s.length * sentence.probability;
    totals.set(normalized[index]!.id, t);
  }
  return passages.map((p) => {
    const t = totals.get(p.id);
    return { id: p.id, probability: t && t.weight > 0 ? t.sum / t.weight : documentProbability };
  });
}

/** Combines the answers of several chunks into one. */
export function mergeChunks(answers: readonly ClassifierAnswer[], weights: readonly number[]): ClassifierAnswer {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return {
    model: answers[0]!.model,
    document: { probability: answers.reduce((s, a, i) => s + a.document.probability * weights[i]!, 0) / total },
    passages: answers.flatMap((a) => a.passages),
    ...(answers.some((a) => a.documentOnly) ? { documentOnly: true } : {}),
  };
}

export async function classifyInChunks(
  passages: readonly Passage[],
  maxChars: number,
  one: (chunk: Passage[]) => Promise<ClassifierAnswer>,
  maxPassages = Infinity,
): Promise<ClassifierAnswer> {
  const chunks = chunkPassages(passages, maxChars, maxPassages);
  const answers: ClassifierAnswer[] = [];
  for (const chunk of chunks) answers.push(await one(chunk));
  return mergeChunks(answers, chunks.map((c) => c.reduce((n, p) => n + p.text.length, 0)));
}

export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
