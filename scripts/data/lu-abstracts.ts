// English abstracts of University of Latvia theses (written by Latvian students: non-native English
// academic prose) and gpt-3.5-turbo abstracts written from the same thesis titles (May 2023), from
// a bachelor thesis on detecting generated abstracts (Māris Cinis, University of Latvia, 2023).
// Usage: npx tsx scripts/data/lu-abstracts.ts --repo /work/.mirror/Maris11+Abstract-Checker/repo
// Rows with the same faculty and id share a title: the id's last number groups them.
import { Collector, parseArgs, parseCsv, readText, sourceTag } from './lib';

const OWNER_REPO = 'Maris11/Abstract-Checker';
const FACULTIES: Record<string, string> = {
  bio: 'biology',
  bme: 'business, management and economics',
  df: 'computing',
  fmo: 'physics, mathematics and optometry',
  geo: 'geography and earth sciences',
  hzf: 'humanities',
  law: 'law',
  med: 'medicine',
  ppm: 'education, psychology and art',
};

const args = parseArgs();
const c = new Collector('lu-thesis-abstracts-gpt35.jsonl');
for (const [fac, name] of Object.entries(FACULTIES)) {
  const domain = `thesis abstract in English, ${name} (University of Latvia)`;
  for (const kind of ['real', 'generated'] as const) {
    const path = `abstracts/english/${fac}_abstracts_${kind}.csv`;
    const source = sourceTag(OWNER_REPO, args.commit, path);
    for (const r of parseCsv(readText(args.repo, args.commit, path))) {
      const human = kind === 'real';
      c.add({
        id: `lu-abstract:${fac}:${human ? 'human' : 'gpt-3.5-turbo'}:${r.id}`,
        text: r.abstract ?? '',
        label: human ? 'human' : 'ai',
        domain,
        generator: human
          ? 'human (thesis author, a Latvian student writing in English)'
          : 'gpt-3.5-turbo (May 2023) generate (an abstract from the thesis title, which is often in Latvian)',
        source,
      });
    }
  }
}
c.write(args.out);
