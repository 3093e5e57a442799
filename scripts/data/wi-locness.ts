// Cambridge English Write & Improve (W&I) learner texts and the LOCNESS native-student essays, as
// released for the BEA-2019 shared task (raw JSON, before correction). Human only: letters, stories,
// articles and essays by learners of English at CEFR levels A, B and C, plus 50 native essays.
// Usage: npx tsx scripts/data/wi-locness.ts --repo /work/.mirror/stephen-cheng+grammar_correction_with_bert/repo \
//          --commit ab1836434c42ad04ff90a610eb192be7ae458b16
// The release sits in that repository's history (removed at HEAD), hence the explicit commit.
import { Collector, parseArgs, parseJsonl, readText, sourceTag } from './lib';

const OWNER_REPO = 'stephen-cheng/grammar_correction_with_bert';
const DIR = 'data/wi+locness/json';
const FILES = ['A.train.json', 'A.dev.json', 'B.train.json', 'B.dev.json', 'C.train.json', 'C.dev.json', 'N.dev.json'];

interface Item {
  id: string;
  userid?: string;
  cefr: string;
  text: string;
}

const args = parseArgs();
const c = new Collector('wi-locness-learner-writing-human.jsonl');
for (const f of FILES) {
  const native = f.startsWith('N.');
  const source = sourceTag(OWNER_REPO, args.commit, `${DIR}/${f}`);
  for (const it of parseJsonl<Item>(readText(args.repo, args.commit, `${DIR}/${f}`))) {
    // W&I ids look like "1-352420" and LOCNESS ones like "LOCNESS-…"; the last number groups nothing
    // else, so the running number of the submission is used.
    const n = (it.id.match(/\d+/g) ?? ['0']).join('');
    c.add({
      id: `${native ? 'locness' : 'wi'}:${f.replace('.json', '')}:${it.id}:${n}`,
      text: it.text,
      label: 'human',
      domain: native
        ? 'student essay by a native English speaker (LOCNESS, 1990s; CEFR N) [BEA-2019]'
        : `letter, story, article or essay by an English learner (CEFR ${it.cefr}) [W&I BEA-2019]`,
      generator: native ? 'human (native-speaker student, LOCNESS)' : 'human (English learner on Write & Improve, 2014-18)',
      source,
    });
  }
}
// 3,289 texts pass the filters: all are kept (about the 3,000-per-label cap) so every native essay stays.
c.write(args.out, 3300);
