// Everyday writing tasks answered by people and by ~55 chat and instruction models (2022-2024):
// the Self-Instruct user-oriented evaluation set (Wang et al. 2022) has expert-written answers, and
// AlpacaEval (tatsu-lab/alpaca_eval) published each model's answer to the same 252 prompts.
// Usage: npx tsx scripts/data/alpacaeval-selfinstruct.ts --repo /work/.mirror/tatsu-lab+alpaca_eval/repo \
//          --human-repo /work/.mirror/yizhongw+self-instruct/repo
// Kept: prompts whose human answer has 40+ words, minus code/notation/spreadsheet tasks and minus the
// prompts already used by ../shared/data/alpacaeval-business-writing.jsonl (read from its `source`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Collector, git, parseArgs, parseJsonl, readText, SHARED_DATA_DIR, sourceTag, wordCount } from './lib';

const AE_REPO = 'tatsu-lab/alpaca_eval';
const SI_REPO = 'yizhongw/self-instruct';
const SI_PATH = 'human_eval/user_oriented_instructions.jsonl';

/** AlpacaEval result folders: a spread of families, sizes and years, including GPT-3-era instruct models. */
const MODELS: Record<string, string> = {
  'gpt-4o-2024-05-13': 'gpt-4o-2024-05-13',
  'gpt-4o-mini-2024-07-18': 'gpt-4o-mini-2024-07-18',
  'gpt-4-turbo-2024-04-09': 'gpt-4-turbo-2024-04-09',
  gpt4_1106_preview: 'gpt-4-1106-preview',
  gpt4_0314: 'gpt-4-0314',
  'gpt-3.5-turbo-0613': 'gpt-3.5-turbo-0613',
  'gpt-3.5-turbo-1106': 'gpt-3.5-turbo-1106',
  gpt35_turbo_instruct: 'gpt-3.5-turbo-instruct',
  text_davinci_003: 'text-davinci-003',
  text_davinci_001: 'text-davinci-001',
  'claude-3-5-sonnet-20240620': 'claude-3-5-sonnet-20240620',
  'claude-3-opus-20240229': 'claude-3-opus-20240229',
  'claude-3-sonnet-20240229': 'claude-3-sonnet-20240229',
  'claude-2.1': 'claude-2.1',
  'claude-instant-1.2': 'claude-instant-1.2',
  claude: 'claude-1 (2023)',
  'gemini-pro': 'gemini-pro (1.0)',
  'Meta-Llama-3.1-405B-Instruct-Turbo': 'llama-3.1-405b-instruct',
  'Meta-Llama-3.1-70B-Instruct-Turbo': 'llama-3.1-70b-instruct',
  'Meta-Llama-3.1-8B-Instruct-Turbo': 'llama-3.1-8b-instruct',
  'Meta-Llama-3-70B-Instruct': 'llama-3-70b-instruct',
  'Meta-Llama-3-8B-Instruct': 'llama-3-8b-instruct',
  'llama-2-70b-chat-hf': 'llama-2-70b-chat',
  'Mistral-7B-Instruct-v0.2': 'mistral-7b-instruct-v0.2',
  'Mistral-7B-Instruct-v0.3': 'mistral-7b-instruct-v0.3',
  'Mixtral-8x22B-Instruct-v0.1': 'mixtral-8x22b-instruct',
  'Mixtral-8x7B-Instruct-v0.1': 'mixtral-8x7b-instruct',
  'mistral-large-2402': 'mistral-large-2402',
  'mistral-medium': 'mistral-medium',
  'Qwen2-72B-Instruct': 'qwen2-72b-instruct',
  'Qwen1.5-110B-Chat': 'qwen1.5-110b-chat',
  'Qwen1.5-72B-Chat': 'qwen1.5-72b-chat',
  'Qwen-14B-Chat': 'qwen-14b-chat',
  'FuseChat-Qwen-2.5-7B-Instruct': 'fusechat-qwen-2.5-7b-instruct',
  'yi-large-preview': 'yi-large-preview',
  'Yi-34B-Chat': 'yi-34b-chat',
  'deepseek-llm-67b-chat': 'deepseek-llm-67b-chat',
  'dbrx-instruct': 'dbrx-instruct',
  'gemma-7b-it': 'gemma-7b-it',
  'gemma-2b-it': 'gemma-2b-it',
  'gemma-2-9b-it-SimPO': 'gemma-2-9b-it-simpo',
  cohere: 'cohere command (2023)',
  'falcon-40b-instruct': 'falcon-40b-instruct',
  'vicuna-33b-v1.3': 'vicuna-33b-v1.3',
  'internlm2-chat-20b-ppo': 'internlm2-chat-20b',
  'chatglm2-6b': 'chatglm2-6b',
  'baichuan-13b-chat': 'baichuan-13b-chat',
  'zephyr-7b-beta': 'zephyr-7b-beta',
  'tulu-2-dpo-70b': 'tulu-2-dpo-70b',
  'guanaco-65b': 'guanaco-65b',
  'oasst-sft-pythia-12b': 'oasst-sft-pythia-12b',
  'alpaca-7b': 'alpaca-7b',
  'openchat-13b': 'openchat-13b',
  'phi-2-dpo': 'phi-2-dpo',
  'Starling-LM-7B-beta-ExPO': 'starling-lm-7b-beta',
};

/** Self-Instruct apps whose answers are code, markup, notation or numbers rather than prose. */
const NOT_PROSE = new Set(['Leetcode', 'Overleaf', 'Github', 'StackOverflow', 'https://abcnotation.com/', 'Sudoku', 'Google Sheet', 'Wolfram alpha']);

interface SelfInstructTask {
  id: string;
  motivation_app: string;
  instruction: string;
  instances: Array<{ input: string; output: string }>;
}
interface AlpacaOutput {
  dataset: string;
  instruction: string;
  output: string;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Prompt indices and Self-Instruct tasks the shared business-writing file already uses. */
function alreadyUsed(): { indices: Set<number>; tasks: Set<string> } {
  const indices = new Set<number>();
  const tasks = new Set<string>();
  const path = join(SHARED_DATA_DIR, 'alpacaeval-business-writing.jsonl');
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const src = String((JSON.parse(line) as { source?: unknown }).source ?? '');
    const ae = src.match(/alpaca_eval@[^#]*#(\d+)$/);
    if (ae?.[1]) indices.add(Number(ae[1]));
    const si = src.match(/#(user_oriented_task_\d+)$/);
    if (si?.[1]) tasks.add(si[1]);
  }
  return { indices, tasks };
}

const args = parseArgs();
const humanRepo = args.extra['human-repo'];
if (!humanRepo) throw new Error('--human-repo is required');
const humanCommit = args.extra['human-commit'] || git(humanRepo, ['rev-parse', 'HEAD']).trim();
const used = alreadyUsed();

// Human answers, keyed by the AlpacaEval prompt text (instruction + input).
const human = new Map<string, { task: SelfInstructTask; output: string }>();
for (const t of parseJsonl<SelfInstructTask>(readText(humanRepo, humanCommit, SI_PATH))) {
  for (const inst of t.instances) human.set(norm(`${t.instruction} ${inst.input}`), { task: t, output: inst.output });
}

const reference = JSON.parse(readText(args.repo, args.commit, 'results/gpt-4o-2024-05-13/model_outputs.json')) as AlpacaOutput[];
const c = new Collector('alpacaeval-selfinstruct-multigen.jsonl');
const kept = new Map<number, { task: SelfInstructTask; output: string }>();
reference.forEach((r, i) => {
  if (r.dataset !== 'selfinstruct') return;
  const h = human.get(norm(r.instruction));
  if (!h) return void c.drop('AlpacaEval prompt without a Self-Instruct answer');
  if (wordCount(h.output) < 40) return void c.drop('prompt whose human answer is under 40 words (all its rows)');
  if (NOT_PROSE.has(h.task.motivation_app)) return void c.drop('code/notation/spreadsheet prompt (all its rows)');
  if (used.indices.has(i) || used.tasks.has(h.task.id)) return void c.drop('prompt already in alpacaeval-business-writing.jsonl (all its rows)');
  kept.set(i, h);
});

const domainOf = (h: { task: SelfInstructTask }) => `everyday writing task (${h.task.motivation_app}) [Self-Instruct/AlpacaEval]`;
for (const [i, h] of kept) {
  c.add({
    id: `selfinstruct:${h.task.id}:${i}`,
    text: h.output,
    label: 'human',
    domain: domainOf(h),
    generator: 'human (expert-written answer by the Self-Instruct authors, 2022, before ChatGPT)',
    source: `${sourceTag(SI_REPO, humanCommit, SI_PATH)}#${h.task.id}`,
  });
}
for (const [dir, model] of Object.entries(MODELS)) {
  const path = `results/${dir}/model_outputs.json`;
  // Matched by prompt text, not position: a few result files list the prompts in another order.
  const outputs = new Map((JSON.parse(readText(args.repo, args.commit, path)) as AlpacaOutput[]).map((o) => [norm(o.instruction), o]));
  for (const [i, h] of kept) {
    const out = outputs.get(norm(reference[i]?.instruction ?? ''));
    if (!out) {
      c.drop('model output missing or misaligned');
      continue;
    }
    if (/```/.test(out.output)) {
      c.drop('ai answer with a code block');
      continue;
    }
    c.add(
      {
        id: `alpacaeval:${dir}:${i}`,
        text: out.output,
        label: 'ai',
        domain: domainOf(h),
        generator: `${model} generate (answer the prompt; AlpacaEval output)`,
        source: `${sourceTag(AE_REPO, args.commit, path)}#${i}`,
      },
      { markdown: true },
    );
  }
}
c.write(args.out);
