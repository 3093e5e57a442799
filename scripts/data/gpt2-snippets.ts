// Short web-text snippets (63 GPT-2 tokens, ~45-50 words) by people (OpenAI's WebText, pages linked
// from Reddit up to 2017, released with GPT-2 in 2019) and by small base models of 2019-21: GPT-2 small
// and GPT-Neo-125M sampled unconditionally, and GPT-2 small with "adversarial decoding" steered
// against a RoBERTa or TF-IDF detector, some continuing a human opening.
// Source: the data folder of the adversarial-decoding study in Isinlor/AdversarialDecoder.
// Usage: npx tsx scripts/data/gpt2-snippets.ts --repo /work/.mirror/Isinlor+AdversarialDecoder/repo
// Left out: pile.* (human Pile snippets: code, PubMed abstracts) and gpt-3-175.test (prefixes of the
// GPT-3 samples already in ../shared/data/gpt3-175b-samples.jsonl).
import { Collector, parseArgs, parseJsonl, readText, sourceTag } from './lib';

const OWNER_REPO = 'Isinlor/AdversarialDecoder';

const SETS: Array<{ file: string; label: 'human' | 'ai'; generator: string }> = [
  { file: 'webtext.test', label: 'human', generator: 'human (WebText, pages linked from Reddit up to 2017)' },
  { file: 'webtext.valid', label: 'human', generator: 'human (WebText, pages linked from Reddit up to 2017)' },
  ...['train', 'valid', 'test'].flatMap((split) => [
    { file: `sim.${split}`, label: 'ai' as const, generator: 'gpt2-small (124M) generate (unconditional, top-p 0.99)' },
    { file: `sim-neo.${split}`, label: 'ai' as const, generator: 'gpt-neo-125M generate (unconditional, top-p 0.99)' },
    { file: `adv.${split}`, label: 'ai' as const, generator: 'gpt2-small (124M) adversarial-decoding generate (steered against roberta-base-openai-detector)' },
    { file: `adv-tfidf.${split}`, label: 'ai' as const, generator: 'gpt2-small (124M) adversarial-decoding generate (steered against a TF-IDF detector)' },
  ]),
  ...[4, 8, 16, 32].map((k) => ({
    file: `human-prompt-${k}-adv.test`,
    label: 'ai' as const,
    generator: `human first ${k} tokens + gpt2-small (124M) adversarial-decoding continue (steered against roberta-base-openai-detector)`,
  })),
];

const args = parseArgs();
const c = new Collector('gpt2-neo-webtext-snippets.jsonl');
let n = 0;
for (const s of SETS) {
  const path = `data/${s.file}.jsonl`;
  const source = sourceTag(OWNER_REPO, args.commit, path);
  parseJsonl<{ text: string }>(readText(args.repo, args.commit, path)).forEach((r, i) => {
    // No pairs: every snippet is its own group; the id ends with a running number over all files.
    c.add({ id: `advdec:${s.file}:line${i}:${n++}`, text: r.text, label: s.label, domain: 'web text snippet, ~45-50 words, cut mid-sentence (WebText-like)', generator: s.generator, source }, { chatFrame: false });
  });
}
c.write(args.out);
