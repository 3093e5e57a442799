// Last pass over the files the converters wrote: checks every row's shape, removes texts that also
// occur in ../shared/data or in an earlier file here (whitespace- and case-insensitive), drops a text
// that carries both labels, and prints per-file counts for the README.
// Usage: npx tsx scripts/data/finalize.ts [--dir /work/data-extra]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dedupeKey, loadKeys, OUT_DIR, SHARED_DATA_DIR, wordCount, type Row } from './lib';

const dirArg = process.argv.indexOf('--dir');
const dir = dirArg >= 0 ? (process.argv[dirArg + 1] ?? OUT_DIR) : OUT_DIR;
const shared = loadKeys(SHARED_DATA_DIR);
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();

function check(r: Partial<Row>, where: string): asserts r is Row {
  for (const k of ['id', 'text', 'domain', 'generator', 'source'] as const) {
    if (typeof r[k] !== 'string' || !r[k]) throw new Error(`${where}: missing ${k}`);
  }
  if (r.label !== 'human' && r.label !== 'ai') throw new Error(`${where}: bad label`);
  if (!/\d+$/.test(r.id ?? '')) throw new Error(`${where}: id does not end with a number`);
}

// Labels per key over all files first, so a text carrying both labels is dropped everywhere.
const labels = new Map<string, Set<string>>();
const all = new Map<string, Row[]>();
for (const f of files) {
  const rows = readFileSync(join(dir, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as Partial<Row>;
      check(r, `${f}:${i + 1}`);
      return r;
    });
  all.set(f, rows);
  for (const r of rows) {
    const k = dedupeKey(r.text);
    labels.set(k, (labels.get(k) ?? new Set()).add(r.label));
  }
}

const seen = new Set<string>();
console.log('| file | human | AI | median words (human / AI) | removed here |');
console.log('|---|---|---|---|---|');
for (const f of files) {
  const rows = all.get(f) ?? [];
  const kept: Row[] = [];
  const removed: Record<string, number> = {};
  const ids = new Set<string>();
  for (const r of rows) {
    const k = dedupeKey(r.text);
    const why = shared.has(k)
      ? 'in shared data'
      : (labels.get(k)?.size ?? 0) > 1
        ? 'text under both labels'
        : seen.has(k)
          ? 'duplicate of an earlier file'
          : ids.has(r.id)
            ? 'duplicate id'
            : '';
    if (why) {
      removed[why] = (removed[why] ?? 0) + 1;
      continue;
    }
    seen.add(k);
    ids.add(r.id);
    kept.push(r);
  }
  if (kept.length !== rows.length) writeFileSync(join(dir, f), kept.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const median = (label: string) => {
    const w = kept.filter((r) => r.label === label).map((r) => wordCount(r.text)).sort((a, b) => a - b);
    return w.length ? String(w[Math.floor(w.length / 2)]) : '-';
  };
  const n = (label: string) => kept.filter((r) => r.label === label).length.toLocaleString('en');
  const rem = Object.entries(removed).map(([k, v]) => `${v} ${k}`).join(', ') || '0';
  console.log(`| ${f} | ${n('human')} | ${n('ai')} | ${median('human')} / ${median('ai')} | ${rem} |`);
}
