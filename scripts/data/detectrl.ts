// DetectRL (Wu et al., NeurIPS 2024 D&B) test splits for two domains, from a third-party copy:
// WritingPrompts stories and arXiv abstracts, human and by ChatGPT, Claude-instant, Google-PaLM and
// Llama-2-70b (direct prompts, few-shot, SICO, paraphrases and adversarial perturbations).
// Usage: npx tsx scripts/data/detectrl.ts --repo /work/.mirror/philipp-ding+Contamination-in-Generated-Text-Detection-Benchmarks/repo
// The XSum (BBC) domain and the mixed-domain files, whose machine rows name no domain, are not read.
import { Collector, detokenizeWritingPrompts, loadKeys, parseArgs, readText, SHARED_DATA_DIR, sourceTag } from './lib';

const OWNER_REPO = 'philipp-ding/Contamination-in-Generated-Text-Detection-Benchmarks';
const DIR = 'DetectRL/Benchmark/Benchmark_Data/Multi_Domain';

interface Item {
  text: string;
  label: 'human' | 'llm';
  data_type: string;
  llm_type: string;
}

const MODEL: Record<string, string> = {
  ChatGPT: 'ChatGPT (gpt-3.5-turbo, 2023)',
  'Claude-instant': 'claude-instant (2023)',
  'Google-PaLM': 'PaLM-2 (text-bison, 2023)',
  'Llama-2-70b': 'llama-2-70b-chat',
};
const OPERATION: Record<string, string> = {
  direct_prompt: 'generate (direct prompt)',
  prompt_few_shot: 'generate (few-shot prompt with human examples)',
  prompt_SICO: 'generate (SICO prompt: imitate human style to evade detectors)',
  paraphrase_dipper_llm: 'generate + DIPPER paraphrase',
  paraphrase_back_translation_llm: 'generate + back-translation paraphrase',
  paraphrase_polish_llm: 'generate + LLM polish',
  adversarial_character_llm: 'generate + adversarial character perturbation (typos, homoglyphs)',
  adversarial_word_llm: 'generate + adversarial word substitution',
  adversarial_character_word_llm: 'generate + adversarial character and word perturbation',
};

/** Few-shot outputs that echo the prompt scaffolding ("[user]: …[assistant]: …") are not texts. */
const SCAFFOLD = /\[(?:user|assistant)\]:|^(?:user|assistant):/im;

function convert(args: ReturnType<typeof parseArgs>, shared: Set<string>, opts: { file: string; path: string; domain: string; prefix: string; detok: boolean; human: string }): void {
  const items = JSON.parse(readText(args.repo, args.commit, `${DIR}/${opts.path}`)) as Item[];
  const c = new Collector(opts.file, shared);
  const source = sourceTag(OWNER_REPO, args.commit, `${DIR}/${opts.path}`);
  // Human and machine texts answer the same prompt pool but are not paired row by row, so each row
  // is its own group: the last number of the id is the row index in the source file.
  items.forEach((it, i) => {
    let text = opts.detok ? detokenizeWritingPrompts(it.text) : it.text;
    if (it.label === 'llm' && SCAFFOLD.test(text)) {
      c.drop('few-shot scaffolding echoed ([user]:/[assistant]:)');
      return;
    }
    if (it.label === 'human') {
      c.add({ id: `${opts.prefix}:human:${i}`, text, label: 'human', domain: opts.domain, generator: opts.human, source });
    } else {
      const generator = `${MODEL[it.llm_type] ?? it.llm_type} ${OPERATION[it.data_type] ?? it.data_type}`;
      text = text.replace(/^\s*(?:title|story|abstract):\s*/i, '');
      c.add({ id: `${opts.prefix}:${it.llm_type}:${it.data_type}:${i}`, text, label: 'ai', domain: opts.domain, generator, source });
    }
  });
  c.write(args.out);
}

const args = parseArgs();
const shared = loadKeys(SHARED_DATA_DIR);
convert(args, shared, {
  file: 'detectrl-writingprompts-stories.jsonl',
  path: 'multi_domains_writing_prompt_test.json',
  domain: 'short story (Reddit WritingPrompts) [DetectRL]',
  prefix: 'detectrl-wp',
  detok: true,
  human: 'human (Reddit r/WritingPrompts, before 2019)',
});
convert(args, shared, {
  file: 'detectrl-arxiv-abstracts.jsonl',
  path: 'multi_domains_arxiv_test.json',
  domain: 'academic-abstract (arXiv) [DetectRL]',
  prefix: 'detectrl-arxiv',
  detok: false,
  human: 'human (arXiv abstract)',
});
