// Medical exam explanations: human-written explanations of Medbullets USMLE Step 2/3-style questions
// (Chen et al. 2024, "Benchmarking LLMs on answering and explaining challenging medical questions")
// and GPT-4 answers with explanations to MedQA USMLE questions (Roy et al., SIGIR 2024, G4UE dataset).
// Usage: npx tsx scripts/data/usmle.ts --repo /work/.mirror/roysoumya+usmle-gpt4-error-taxonomy/repo \
//          --human-repo /work/.mirror/HanjieChen+ChallengeClinicalQA/repo
// The two sides answer different questions of the same kind (no pairs).
import { Collector, git, parseArgs, parseCsv, readText, sourceTag } from './lib';

const AI_REPO = 'roysoumya/usmle-gpt4-error-taxonomy';
const HUMAN_REPO = 'HanjieChen/ChallengeClinicalQA';
const DOMAIN = 'medical exam question explanation (USMLE-style clinical vignette)';

const args = parseArgs();
const humanRepo = args.extra['human-repo'];
if (!humanRepo) throw new Error('--human-repo is required');
const humanCommit = args.extra['human-commit'] || git(humanRepo, ['rev-parse', 'HEAD']).trim();
const c = new Collector('usmle-explanations-medbullets-gpt4.jsonl');

// Human: Medbullets explanations; the 4- and 5-option files share questions, so the second copy of an
// explanation is dropped as a duplicate.
const seenQuestions = new Set<string>();
for (const f of ['medbullets/medbullets_op5.csv', 'medbullets/medbullets_op4.csv']) {
  const source = sourceTag(HUMAN_REPO, humanCommit, f);
  for (const r of parseCsv(readText(humanRepo, humanCommit, f))) {
    // The question's link (a Medbullets or bit.ly URL) identifies it; the 4-option file repeats the
    // 5-option questions with lightly edited explanations, so only the first copy is kept.
    const link = r.link ?? '';
    if (seenQuestions.has(link)) {
      c.drop('question already kept from the 5-option file');
      continue;
    }
    seenQuestions.add(link);
    c.add({ id: `medbullets:${link.replace(/^https?:\/\//, '')}:${seenQuestions.size}`, text: r.explanation ?? '', label: 'human', domain: DOMAIN, generator: 'human (Medbullets explanation)', source });
  }
}

// Machine: GPT-4 answers of 30 Aug 2023 and the repeat answers of 28 Jan 2024 to the same questions.
const first = 'data/IncorrectGPT4_Responses_919_points.csv';
for (const r of parseCsv(readText(args.repo, args.commit, first))) {
  c.add({
    id: `usmle-gpt4:2023-08:${r.serial_num}`,
    text: r.gpt4_response ?? '',
    label: 'ai',
    domain: DOMAIN,
    generator: 'gpt-4 (API, 2023-08-30) generate (answer a USMLE question and explain)',
    source: sourceTag(AI_REPO, args.commit, first),
  });
}
const repeat = 'data/919_prev_incorrect_response_repeat_gpt4_response_Jan28_2024.csv';
for (const r of parseCsv(readText(args.repo, args.commit, repeat))) {
  c.add({
    id: `usmle-gpt4:2024-01:${r.serial_num}`,
    text: r.gpt4_repeat_response ?? '',
    label: 'ai',
    domain: DOMAIN,
    generator: 'gpt-4 (API, 2024-01-28) generate (answer a USMLE question and explain)',
    source: sourceTag(AI_REPO, args.commit, repeat),
  });
}
c.write(args.out);
