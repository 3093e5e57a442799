// Rebuilds every file in /work/data-extra from the fetched snapshots, then runs the final
// cross-file dedupe. Snapshots are looked up under ASSAY_MIRROR (default /work/.mirror), one
// `owner+name/repo` bare git directory each, as the `fetch` tool leaves them.
// Usage: npx tsx scripts/data/build-all.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib';

const MIRROR = process.env.ASSAY_MIRROR ?? '/work/.mirror';
const repo = (ownerName: string) => join(MIRROR, ownerName.replace('/', '+'), 'repo');

const JOBS: Array<[script: string, args: string[]]> = [
  ['alpacaeval-selfinstruct.ts', ['--repo', repo('tatsu-lab/alpaca_eval'), '--human-repo', repo('yizhongw/self-instruct')]],
  ['detectrl.ts', ['--repo', repo('philipp-ding/Contamination-in-Generated-Text-Detection-Benchmarks')]],
  ['ellipse.ts', ['--repo', repo('scrosseye/ELLIPSE-Corpus')]],
  ['gpt2-snippets.ts', ['--repo', repo('Isinlor/AdversarialDecoder')]],
  ['hc3.ts', ['--repo', repo('nguyendinhthienloc/SC203')]],
  ['lamp-creative.ts', ['--repo', repo('salesforce/creativity_eval')]],
  ['lu-abstracts.ts', ['--repo', repo('Maris11/Abstract-Checker')]],
  ['turing-game.ts', ['--repo', repo('fechan/turing-game')]],
  ['usmle.ts', ['--repo', repo('roysoumya/usmle-gpt4-error-taxonomy'), '--human-repo', repo('HanjieChen/ChallengeClinicalQA')]],
  // The BEA-2019 release was removed from that repository's HEAD; it is read from the commit that added it.
  ['wi-locness.ts', ['--repo', repo('stephen-cheng/grammar_correction_with_bert'), '--commit', 'ab1836434c42ad04ff90a610eb192be7ae458b16']],
];

for (const f of existsSync(OUT_DIR) ? readdirSync(OUT_DIR) : []) if (f.endsWith('.jsonl')) rmSync(join(OUT_DIR, f));
for (const [script, args] of JOBS) {
  const missing = args.filter((a) => a.startsWith(MIRROR) && !existsSync(a));
  if (missing.length) {
    console.error(`skipped ${script}: snapshot not fetched (${missing.join(', ')})`);
    continue;
  }
  execFileSync('npx', ['tsx', join(import.meta.dirname, script), ...args], { stdio: 'inherit' });
}
execFileSync('npx', ['tsx', join(import.meta.dirname, 'finalize.ts')], { stdio: 'inherit' });
