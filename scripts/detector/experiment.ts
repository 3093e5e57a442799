// Scratch experiments for the linear n-gram model (not part of the shipped pipeline).
import { auroc, tprAtFpr } from '../../lib/eval/metrics';
import { sparseFeatures, type FeatureSpace } from '../../lib/detect/ngrams';
import { fnv1a32 } from '../../lib/detect/hashing';
import { genreOf, itemKey, loadRows, passagesOf, splitOf, type Row } from './data';
import { fitLinear, linearScore, type LinearExample } from './linear';

const SPACE: FeatureSpace = { wordBuckets: 1 << 20, charBuckets: 1 << 20, styleBuckets: 1 << 16 };
const DIM = SPACE.wordBuckets + SPACE.charBuckets + SPACE.styleBuckets;
const NEAR_HUMAN = /polish_token|(^|\/)complete$|polish minor$/;
const MAX_CHUNK = Number(process.env.MAX_CHUNK ?? 320);
const CHUNKS = Number(process.env.CHUNKS ?? 3);

const FAMILIES = process.env.FAMILIES ?? 'wcs';
const WEIGHTING = process.env.WEIGHTING ?? 'sqrt';
/** Keeps only the chosen families' ids (ablation). */
function features(text: string) {
  const x = sparseFeatures(text, SPACE);
  if (FAMILIES === 'wcs') return x;
  const keep = (id: number) => (id < SPACE.wordBuckets ? FAMILIES.includes('w') : id < SPACE.wordBuckets + SPACE.charBuckets ? FAMILIES.includes('c') : FAMILIES.includes('s'));
  const idx = [...x.ids.keys()].filter((k) => keep(x.ids[k]!));
  return { ids: Int32Array.from(idx.map((k) => x.ids[k]!)), values: Float32Array.from(idx.map((k) => x.values[k]!)), words: x.words };
}

function examplesOf(rows: readonly Row[]): LinearExample[] {
  const groups = new Map<string, number>();
  for (const r of rows) groups.set(`${genreOf(r)}|${r.label}`, (groups.get(`${genreOf(r)}|${r.label}`) ?? 0) + 1);
  const out: LinearExample[] = [];
  for (const r of rows) {
    const chunks = passagesOf(r.text, 40, MAX_CHUNK).sort((a, b) => fnv1a32(a) - fnv1a32(b)).slice(0, CHUNKS);
    const g = groups.get(`${genreOf(r)}|${r.label}`)!;
    for (const c of chunks) out.push({ x: features(c), ai: r.label === 'ai', weight: 1 / chunks.length / (WEIGHTING === 'sqrt' ? Math.sqrt(g) : WEIGHTING === 'equal' ? g : 1), key: `${r.id}|${c.length}` });
  }
  let ai = 0;
  let human = 0;
  for (const e of out) if (e.ai) ai += e.weight; else human += e.weight;
  for (const e of out) e.weight /= e.ai ? ai : human;
  return out;
}

const started = Date.now();
const t = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
const all = loadRows().filter((r) => !(r.label === 'ai' && NEAR_HUMAN.test(r.generator)));
const fmt = (x: number | undefined) => (x === undefined ? '  —  ' : x.toFixed(3));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
type ScoredRow = { row: Row; score: number; ai: boolean };

function run(holdout: string | undefined) {
  const group = process.env.GROUP?.split(',') ?? [];
  const out = (r: Row) => r.file === holdout || group.includes(r.file);
  const trainRows = all.filter((r) => splitOf(r) === 'train' && !out(r));
  const examples = examplesOf(trainRows);
  const model = fitLinear(examples, DIM, { epochs: Number(process.env.EPOCHS ?? 5), rate: Number(process.env.RATE ?? 0.05), l2: Number(process.env.L2 ?? 1e-6) });
  const score = (rows: readonly Row[]): ScoredRow[] => rows.map((r) => ({ row: r, score: linearScore(model, features(r.text)), ai: r.label === 'ai' }));
  const cal = score(all.filter((r) => splitOf(r) === 'calibrate' && !out(r)));
  const thr = tprAtFpr(cal, 0.01)!.threshold;
  const test = score(all.filter((r) => splitOf(r) === 'test' && !out(r)));
  const testHumans = test.filter((s) => !s.ai);
  const line = (name: string, items: ScoredRow[]) => {
    const h = items.filter((i) => !i.ai);
    const a = items.filter((i) => i.ai);
    console.log(`${name.padEnd(52)} h=${String(h.length).padStart(5)} ai=${String(a.length).padStart(5)} auroc=${fmt(auroc(items))} tpr@1%=${fmt(tprAtFpr(items, 0.01)?.tpr)} FPR@thr=${h.length ? pct(h.filter((i) => i.score > thr).length / h.length) : '—'} TPR@thr=${a.length ? pct(a.filter((i) => i.score > thr).length / a.length) : '—'}`);
  };
  if (group.length) {
    const held = score(all.filter((r) => group.includes(r.file)));
    const heldHumans = held.filter((s) => !s.ai);
    line('GROUP in-dist test', test);
    for (const f of group) {
      const own = held.filter((s) => s.row.file === f);
      line(`  ${f}`, own.some((s) => !s.ai) ? own : [...own, ...heldHumans]);
    }
    line('  all held-out', held);
  } else if (holdout) {
    const held = score(all.filter((r) => r.file === holdout));
    const own = held.some((s) => !s.ai) ? held : [...held, ...testHumans];
    line(`LOSO ${holdout}${held.some((s) => !s.ai) ? '' : ' (+test humans)'}`, own);
  } else {
    line('ALL test', test);
    for (const file of [...new Set(test.map((s) => s.row.file))].sort()) {
      const own = test.filter((s) => s.row.file === file);
      line(file + (own.some((s) => !s.ai) ? '' : ' (+humans)'), own.some((s) => !s.ai) ? own : [...own, ...testHumans]);
    }
  }
}
const loso = process.env.LOSO?.split(',').filter(Boolean);
if (loso) for (const f of loso) { run(f); console.error(t(), f); }
else run(undefined);
console.log(t(), 'done', itemKey(all[0]!));
