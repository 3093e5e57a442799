// News articles (Reuters, AP, CNN, NYT, LA Times and others, 2006-2022) next to a machine article
// written from the same headline and dateline, from a small "spot the fake" web game: Fairseq
// Megatron-11b (a 2020 base model) and ChatGPT (Dec 2022-Feb 2023). BBC articles are left out (the
// held-out news set is XSum, i.e. BBC).
// Usage: npx tsx scripts/data/turing-game.ts --repo /work/.mirror/fechan+turing-game/repo
// articles.js holds one array literal whose texts are template strings; it is read as data with a
// pattern per field, never executed.
import { Collector, parseArgs, readText, sourceTag } from './lib';

const OWNER_REPO = 'fechan/turing-game';
const PATH = 'articles.js';
const GENERATOR: Record<string, string> = {
  'Fairseq Megatron-11b': 'fairseq megatron-11b (base model, 2020) continue (from the real headline and dateline)',
  'OpenAI GPT-3 (ChatGPT)': 'ChatGPT (gpt-3.5, Dec 2022-Feb 2023) generate (from the real headline and dateline)',
};

const args = parseArgs();
const js = readText(args.repo, args.commit, PATH);
const source = sourceTag(OWNER_REPO, args.commit, PATH);
const c = new Collector('turing-game-news.jsonl');
const field = (block: string, name: string): string | undefined =>
  block.match(new RegExp(`"${name}":\\s*\`([\\s\\S]*?)\``))?.[1] ?? block.match(new RegExp(`"${name}":\\s*"((?:[^"\\\\]|\\\\.)*)"`))?.[1];
// Template strings are indented in the file; the indentation is not part of the article.
const dedent = (s: string) => s.replace(/\n[ \t]+/g, '\n');

js.split(/\n\s*\{\s*\n/).slice(1).forEach((block, i) => {
  const real = field(block, 'real');
  const fake = field(block, 'fake');
  const by = field(block, 'generatedby') ?? '';
  if (!real || !fake) return void c.drop('article block without real and fake texts');
  if (/bbc\./i.test(field(block, 'source') ?? '')) return void c.drop('BBC article (held-out news is XSum/BBC): pair left out');
  const domain = 'news article (various outlets, 2006-2022)';
  c.add({ id: `turing-game:human:${i}`, text: dedent(real), label: 'human', domain, generator: 'human (journalists; the outlet is named in the dateline)', source });
  c.add({ id: `turing-game:${by.replace(/\W+/g, '-')}:${i}`, text: dedent(fake), label: 'ai', domain, generator: GENERATOR[by] ?? by, source }, { chatFrame: false });
});
c.write(args.out);
