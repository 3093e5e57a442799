// Literary fiction by people and by 2024 chat models, from Salesforce's creativity_eval repository:
// - LAMP re-annotation (Chakrabarty, Laban & Wu 2024, "Can AI writing be salvaged?"): for 54 paragraphs
//   from published fiction and creative non-fiction (the "Human-Written" field), an instruction derived
//   from it, the paragraph GPT-4o / Claude-3.5-Sonnet / Llama-3.1-70B wrote for that instruction
//   ("preedit") and the same paragraph after a professional writer edited it ("postedit", three writers).
// - Art or Artifice (Chakrabarty et al., CHI 2024): 36 short stories by GPT-3.5, GPT-4 and Claude 1.3
//   written from the plots of 12 New Yorker stories (the human stories are only linked, not included).
// Usage: npx tsx scripts/data/lamp-creative.ts --repo /work/.mirror/salesforce+creativity_eval/repo
import { Collector, parseArgs, readText, sourceTag } from './lib';

const OWNER_REPO = 'salesforce/creativity_eval';
const MODEL: Record<string, string> = {
  gpt4o: 'gpt-4o (2024)',
  'claude3.5-sonnet': 'claude-3.5-sonnet (2024)',
  llama370B: 'llama-3.1-70b-instruct (2024)',
  GPT4: 'gpt-4 (2023)',
  'GPT3.5': 'gpt-3.5-turbo (2023)',
  Claude: 'claude-1.3 (2023)',
};

interface Reannotation {
  id: string;
  source: string;
  type: string;
  preedit: string;
  postedit: string;
  'Human-Written'?: string;
  url?: string;
}
interface Story {
  story_id: string;
  story_name: string;
  content: string;
}

const args = parseArgs();
const c = new Collector('lamp-creative-writing.jsonl');

// One group per human source paragraph: the human text, the model's paragraph and its edited versions.
const groups = new Map<string, number>();
for (const w of ['W3', 'W12', 'W16']) {
  const path = `Writing_Alignment/LAMP/reannotation/${w}_edits.json`;
  const source = sourceTag(OWNER_REPO, args.commit, path);
  for (const it of JSON.parse(readText(args.repo, args.commit, path)) as Reannotation[]) {
    const key = it['Human-Written'] || it.preedit;
    if (!groups.has(key)) groups.set(key, groups.size);
    const g = groups.get(key) ?? 0;
    const domain = `creative writing paragraph: ${it.type.toLowerCase()} [LAMP]`;
    const model = MODEL[it.source] ?? it.source;
    if (it['Human-Written']) {
      c.add({ id: `lamp:human:${g}`, text: it['Human-Written'], label: 'human', domain, generator: `human (published paragraph${it.url ? `, ${new URL(it.url).hostname}` : ''})`, source }, { minWords: 40 });
    }
    // The three writers' files repeat each model paragraph, sometimes with a one-word difference: keep the first.
    const preId = `lamp:${it.source}:preedit:${g}`;
    if (c.rows.some((r) => r.id === preId)) c.drop('model paragraph already kept from another writer file');
    else c.add({ id: preId, text: it.preedit, label: 'ai', domain, generator: `${model} generate (write the paragraph an instruction describes)`, source }, { chatFrame: false });
    c.add({ id: `lamp:${it.source}:postedit-${w}:${g}`, text: it.postedit, label: 'ai', domain, generator: `${model} generate +human-edit (professional writer ${w} edited it)`, source }, { chatFrame: false });
  }
}

const storiesPath = 'Art_or_Artifice/stories/ttcw_short_stories.json';
const stories = JSON.parse(readText(args.repo, args.commit, storiesPath)) as Story[];
const plots = new Map<string, number>();
for (const s of stories) {
  const kind = s.story_id.split('_').slice(1).join('_');
  if (kind === 'NewYorker') continue; // only a link to the New Yorker story
  if (!plots.has(s.story_name)) plots.set(s.story_name, 100 + plots.size);
  c.add(
    {
      id: `art-or-artifice:${kind}:${plots.get(s.story_name)}`,
      text: s.content,
      label: 'ai',
      domain: 'literary short story (New Yorker-style plot) [Art or Artifice]',
      generator: `${MODEL[kind] ?? kind} generate (write a story from a one-paragraph plot)`,
      source: sourceTag(OWNER_REPO, args.commit, storiesPath),
    },
    { chatFrame: false },
  );
}
c.write(args.out);
