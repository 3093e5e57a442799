// ELLIPSE corpus (Crossley et al. 2023): essays by English-language learners in US grades 8-12, scored
// for proficiency. Human only, for false-positive checks on non-native writing.
// Usage: npx tsx scripts/data/ellipse.ts --repo /work/.mirror/scrosseye+ELLIPSE-Corpus/repo
// Only the test split is in the snapshot (the train CSV is over 4 MiB). It is a zip whose password the
// repository README publishes ("ellipse_test"); it is extracted with the system `unzip` to a pipe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Collector, parseArgs, parseCsv, readBlob, sourceTag } from './lib';

const OWNER_REPO = 'scrosseye/ELLIPSE-Corpus';
const ZIP = 'ELLIPSE_Final_github_test.zip';
const CSV = 'ELLIPSE_Final_github_test.csv';
const PASSWORD = 'ellipse_test';

/**
 * Prompts that are also PERSUADE 2.0 prompts. The held-out school essays come from PERSUADE and the
 * two corpora were collected from overlapping school programmes, so these essays are left out.
 */
const PERSUADE_PROMPTS = new Set([
  'Distance learning',
  'Summer projects',
  'Community service',
  'Mandatory extracurricular activities',
  'Grades for extracurricular activities',
  'Cell phones at school',
  'Seeking multiple opinions',
  'Phones and driving',
  'Car-free cities',
  'Driverless cars',
  'Exploring Venus',
  'Facial action coding system',
  'The Face on Mars',
  'A Cowboy Who Rode the Waves',
  'Does the electoral college work?',
]);

const args = parseArgs();
const dir = mkdtempSync(join(tmpdir(), 'ellipse-'));
let csv: string;
try {
  const zipPath = join(dir, 'test.zip');
  writeFileSync(zipPath, readBlob(args.repo, args.commit, ZIP));
  csv = execFileSync('unzip', ['-p', '-P', PASSWORD, zipPath, CSV], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const c = new Collector('ellipse-ell-essays-human.jsonl');
const source = sourceTag(OWNER_REPO, args.commit, `${ZIP}:${CSV}`);
// Kaggle text ids are hex or decimal; a running number ends every id so each essay is its own group.
let n = 0;
for (const r of parseCsv(csv)) {
  const prompt = r.prompt ?? '';
  if (PERSUADE_PROMPTS.has(prompt)) {
    c.drop('prompt shared with PERSUADE (held-out source)');
    continue;
  }
  c.add({
    id: `ellipse:${r.task ?? ''}:${r.text_id_kaggle}:${n++}`,
    text: r.full_text ?? '',
    label: 'human',
    domain: `student essay by an English-language learner (grade ${r.grade}; prompt: ${prompt}; overall score ${r.Overall}) [ELLIPSE]`,
    generator: 'human (English-language learner, US grades 8-12)',
    source,
  });
}
c.write(args.out);
