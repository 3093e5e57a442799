// HC3 (Guo et al. 2023, "How Close is ChatGPT to Human Experts?") English subsets, from a third-party
// CSV export: human answers and ChatGPT (Dec 2022 / Jan 2023) answers to the same questions.
// Usage: npx tsx scripts/data/hc3.ts --repo /work/.mirror/nguyendinhthienloc+SC203/repo
// The export (convert_all_hc3.py in that repository) walked HC3 question by question, wrote each
// question's human answers and then its ChatGPT answers with a running counter, and skipped answers
// under 50 words. So a question is a run "human_* … ai_* …": a new group starts whenever a human row
// follows a machine row. A question whose human answers were all skipped joins the previous group,
// which can merge two questions but never splits one across train and test.
import { Collector, loadKeys, parseArgs, parseCsv, readText, SHARED_DATA_DIR, sourceTag } from './lib';

const OWNER_REPO = 'nguyendinhthienloc/SC203';

const SUBSETS = [
  { path: 'data/raw/hc3_medicine_full.csv', name: 'medicine', domain: 'medical Q&A: patient questions, doctor answers (HealthCareMagic via MedDialog) [HC3 medicine]', file: 'hc3-medicine.jsonl', human: 'human (doctor on HealthCareMagic, via MedDialog)' },
  { path: 'data/raw/hc3_open_qa_full.csv', name: 'open_qa', domain: 'open-domain Q&A (WikiQA) [HC3 open_qa]', file: 'hc3-openqa-wikicsai-finance.jsonl', human: 'human (WikiQA answer: Wikipedia sentences)' },
  { path: 'data/raw/hc3_wiki_csai_full.csv', name: 'wiki_csai', domain: 'computer-science concept explanations (Wikipedia) [HC3 wiki_csai]', file: 'hc3-openqa-wikicsai-finance.jsonl', human: 'human (Wikipedia)' },
  // Only a 100+100 sample of finance is in the snapshot (the full export is over 4 MiB).
  { path: 'data/raw/hc3_finance.csv', name: 'finance', domain: 'personal-finance Q&A (FiQA) [HC3 finance]', file: 'hc3-openqa-wikicsai-finance.jsonl', human: 'human (FiQA answer)' },
];

const args = parseArgs();
const shared = loadKeys(SHARED_DATA_DIR);
const collectors = new Map<string, Collector>();

for (const s of SUBSETS) {
  const c = collectors.get(s.file) ?? new Collector(s.file, shared);
  collectors.set(s.file, c);
  const rows = parseCsv(readText(args.repo, args.commit, s.path));
  const source = sourceTag(OWNER_REPO, args.commit, s.path);
  let group = 0;
  let prev: 'human' | 'ai' | undefined;
  for (const r of rows) {
    const label = r.label === '0' ? 'human' : r.label === '1' ? 'ai' : undefined;
    if (!label || !r.text) {
      c.drop('row without label or text');
      continue;
    }
    if (label === 'human' && prev === 'ai') group++;
    prev = label;
    c.add({
      id: `hc3:${s.name}:${r.id}:${group}`,
      text: r.text,
      label,
      domain: s.domain,
      generator: label === 'human' ? s.human : 'ChatGPT (gpt-3.5, Dec 2022-Jan 2023) generate (answer the question)',
      source,
    });
  }
}
for (const c of collectors.values()) c.write(args.out);
