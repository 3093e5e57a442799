/**
 * Hashed n-gram features of a text, the input of the learned part of the detector. Three families,
 * each hashed into its own range of one table and each scaled to unit length, so none dominates by
 * sheer count:
 * - word unigrams and bigrams (punctuation marks are tokens too: ", however ," is a bigram);
 * - character 3- to 5-grams over the whole text, spaces included: spelling, morphology and
 *   punctuation habits that survive a change of topic better than whole words;
 * - style trigrams: function words and punctuation with every other word a placeholder
 *   (see `styleTokens`), the sentence shapes with the topic taken out.
 * Counts are damped (1 + ln count) as in sublinear TF-IDF, so a word repeated ten times is not ten
 * times the evidence.
 */
import { undisguise } from './unicode';

export interface FeatureSpace {
  wordBuckets: number;
  charBuckets: number;
  styleBuckets: number;
}

export interface SparseVector {
  /** Bucket ids in [0, wordBuckets + charBuckets + styleBuckets), sorted, unique. */
  ids: Int32Array;
  values: Float32Array;
  /** Word tokens in the text (letters and digits), the length the calibration reads. */
  words: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** The word family's hash of one token (a unigram's bucket is this modulo the word buckets). */
export const hashToken = (token: string) => fnv(token);

/**
 * The form every family reads: look-alike letters mapped back and invisible characters dropped (a
 * disguise must not change the score), lower case, typographic quotes made plain (editors curl them,
 * so they say which program was used, not who wrote), digits folded to 0 (numbers are topic), white
 * space folded.
 */
export function prepareText(text: string): string {
  return undisguise(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\p{Nd}/gu, '0')
    .replace(/\s+/g, ' ')
    .trim();
}

const TOKEN = /[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*|[.,;:!?()"—–\-]/gu;
const IS_WORD = /^[\p{L}\p{N}]/u;

export function tokensOf(prepared: string): string[] {
  return (prepared.match(TOKEN) ?? []) as string[];
}

/** Function words kept in style trigrams; every other word becomes `<w>` (or `<n>` for a number). */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any each every no all both either neither such ' +
    'i me my mine we us our you your he him his she her it its they them their one ' +
    'who whom whose which what where when why how whether if then than so as because since though although while unless until ' +
    'and or but nor yet not only also too very just even still already again ever never always often ' +
    'of in on at by for with without from to into onto over under about above below between among through during before after against within across along around upon ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
    'there here more most less least much many few several other another same own ' +
    "it's i'm don't doesn't didn't can't won't isn't aren't wasn't weren't i've i'd i'll you're we're they're that's there's let's"
  ).split(/\s+/),
);

export function styleTokensOf(tokens: readonly string[]): string[] {
  return tokens.map((t) => (FUNCTION_WORDS.has(t) || !IS_WORD.test(t) ? t : /^0+$/.test(t) ? '<n>' : '<w>'));
}

/** Reused scratch space: one scoring at a time per thread, no allocation per n-gram. */
let scratch = new Int32Array(1 << 16);

function push(n: number, id: number): number {
  if (n >= scratch.length) {
    const bigger = new Int32Array(scratch.length * 2);
    bigger.set(scratch);
    scratch = bigger;
  }
  scratch[n] = id;
  return n + 1;
}

/** Sorted ids → unique ids with damped counts, scaled to unit length; appended to the output lists. */
function emitFamily(from: number, to: number, ids: number[], values: number[]): void {
  const slice = scratch.subarray(from, to).sort();
  const start = values.length;
  let sumSq = 0;
  for (let i = 0; i < slice.length; ) {
    let j = i + 1;
    while (j < slice.length && slice[j] === slice[i]) j++;
    const v = 1 + Math.log(j - i);
    ids.push(slice[i]!);
    values.push(v);
    sumSq += v * v;
    i = j;
  }
  const norm = sumSq > 0 ? 1 / Math.sqrt(sumSq) : 0;
  for (let k = start; k < values.length; k++) values[k]! *= norm;
}

export function sparseFeatures(text: string, space: FeatureSpace): SparseVector {
  const prepared = prepareText(text);
  const tokens = tokensOf(prepared);
  const ids: number[] = [];
  const values: number[] = [];
  let words = 0;

  // Words: unigrams and bigrams.
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (IS_WORD.test(t)) words++;
    n = push(n, fnv(t) % space.wordBuckets);
    if (i > 0) n = push(n, fnv(t, fnv(tokens[i - 1]!, FNV_OFFSET ^ 0x20)) % space.wordBuckets);
  }
  emitFamily(0, n, ids, values);

  // Characters: 3-, 4- and 5-grams from every position, one running hash per start.
  const charBase = space.wordBuckets;
  const charsFrom = n;
  const padded = ` ${prepared} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < 5 && i + k < padded.length; k++) {
      h ^= padded.charCodeAt(i + k);
      h = Math.imul(h, FNV_PRIME);
      if (k >= 2) n = push(n, charBase + (((h ^ k) >>> 0) % space.charBuckets));
    }
  }
  emitFamily(charsFrom, n, ids, values);

  // Style: trigrams of function words, punctuation and placeholders.
  const styleBase = space.wordBuckets + space.charBuckets;
  const styleFrom = n;
  const shapes = styleTokensOf(tokens);
  for (let i = 2; i < shapes.length; i++) n = push(n, styleBase + (fnv(`${shapes[i - 2]} ${shapes[i - 1]} ${shapes[i]}`) % space.styleBuckets));
  emitFamily(styleFrom, n, ids, values);

  return { ids: Int32Array.from(ids), values: Float32Array.from(values), words };
}
