import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createDetector, detect, shippedDetector } from '../detect';
import type { ModelParams } from '../detect/model';
import params from '../detect/model.json';
import { plainTextSegments } from '../extract/plain';
import { bundleState } from '../../bin/bundle-state.mjs';
import { decimal, formatNumber, t } from '../i18n';
import type { Io } from './commands';
import { runsFromText } from './main';

/**
 * Throughput of the engine on one core, against a bare reference pass that only splits the same text
 * into words with Intl.Segmenter. The text is built from a fixed mix of prose styles so runs compare.
 */
const PARAGRAPHS = [
  'We walked the river path before the market opened and counted the herons standing in the shallows. My brother insists the old bridge was painted green once, though nobody else remembers it.',
  'In today\u2019s fast-paced digital landscape, it is crucial for organizations to leverage data-driven insights. Furthermore, a comprehensive strategy fosters innovation and ensures sustainable growth.',
  'The committee met on Thursday to review the budget. Several members raised concerns about the cost of the new roof, and the chair agreed to seek two further quotes before the next meeting.',
  'Honestly the sequel is fine? The first half drags, the jokes land maybe half the time, but the last twenty minutes are great and I\u2019d watch it again for the train scene alone.',
];

export function benchText(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = `${PARAGRAPHS[i % PARAGRAPHS.length]} (${i})`;
    count += p.split(/\s+/).length;
    out.push(p);
  }
  return out.join('\n\n');
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/**
 * The shipped model: its size as it ships inside the bundles (JSON, and gzip-compressed as a store
 * package carries it) and what loading it costs: JSON parsing plus decoding the weights, the first
 * scan's extra wait (median of a few loads, each from the text again).
 */
export function measureModel(loads = 5): { version: string; json_bytes: number; gzip_bytes: number; load_median_ms: number } {
  const text = JSON.stringify(params);
  const times: number[] = [];
  for (let i = 0; i < loads; i++) times.push(time(() => void createDetector(JSON.parse(text) as ModelParams)));
  return {
    version: shippedDetector().info.model ?? (params as { version: string }).version,
    json_bytes: Buffer.byteLength(text),
    gzip_bytes: gzipSync(text).length,
    load_median_ms: quantile(times, 0.5),
  };
}

export function runBench(runs = 30): Record<string, number> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const results: Record<string, number> = {};
  let peak = process.memoryUsage().rss;
  for (const words of [1_000, 10_000]) {
    const text = benchText(words);
    const segments = plainTextSegments(text);
    for (let i = 0; i < 3; i++) detect(segments, { sensitivity: 'cautious' });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(time(() => detect(segments, { sensitivity: 'cautious' })));
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const reference: number[] = [];
    for (let i = 0; i < runs; i++) reference.push(time(() => { let n = 0; for (const s of segmenter.segment(text)) if (s.isWordLike) n++; }));
    results[`median_ms_${words}`] = quantile(times, 0.5);
    results[`p95_ms_${words}`] = quantile(times, 0.95);
    results[`reference_median_ms_${words}`] = quantile(reference, 0.5);
    results[`ratio_to_reference_${words}`] = quantile(times, 0.5) / quantile(reference, 0.5);
    if (words === 10_000) {
      const bytes = Buffer.byteLength(text, 'utf8');
      results.words_per_second = words / (quantile(times, 0.5) / 1000);
      results.mb_per_second = bytes / 1e6 / (quantile(times, 0.5) / 1000);
    }
  }
  results.peak_rss_mb = peak / 1e6;
  return results;
}

/** A short input: start-up dominates, as it does when checking one paragraph. */
const SHORT_INPUT = 'A short note to check before it goes out to the client this afternoon.\n';
/** The start-up goal: `assay scan -` on a short input within this many times a bare `node -e ''`. */
export const STARTUP_TARGET_RATIO = 8;
/** bin/ is two folders up from both lib/cli/ and dist/cli/. */
const ROOT = new URL('../../', import.meta.url);
const BIN = fileURLToPath(new URL('bin/assay.mjs', ROOT));

function wallMs(args: string[], input: string, env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { input, env, stdio: ['pipe', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(t('cli.bench.runFailed', { command: args.join(' '), code: String(run.status), stderr: run.stderr.toString().slice(0, 300) }));
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Start-up of `assay scan -` on a short input (model load included) against a bare `node -e ''`, with
 * the same Node, alternating the two so a busy machine slows both alike; medians after one warm-up each.
 */
export function measureStartup(runs = 10, base: NodeJS.ProcessEnv = process.env): { assay_ms: number; node_ms: number; ratio: number; runs_from: string } {
  // A loader preloaded through NODE_OPTIONS (tsx's) would slow the bare node as much as assay.
  const { NODE_OPTIONS: _, ...env } = base;
  // What bin/assay.mjs will run, decided as it decides; in English, as the JSON output keeps it.
  const runsFrom = runsFromText(bundleState(ROOT, env), 'en');
  const assay: number[] = [];
  const node: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const a = wallMs([BIN, 'scan', '-'], SHORT_INPUT, env);
    const n = wallMs(['-e', ''], '', env);
    if (i > 0) assay.push(a), node.push(n);
  }
  const assayMs = quantile(assay, 0.5);
  const nodeMs = quantile(node, 0.5);
  return { assay_ms: assayMs, node_ms: nodeMs, ratio: assayMs / nodeMs, runs_from: runsFrom };
}

export function benchCommand(options: { json: boolean }, io: Io): number {
  const startup = measureStartup();
  const model = measureModel();
  const r = runBench();
  if (options.json) {
    io.out(JSON.stringify({ ...r, startup, model }, null, 2));
    return 0;
  }
  // In the text, bundle or sources in the reader's language; the JSON above keeps the English words.
  const from = runsFromText(bundleState(ROOT, process.env));
  const ms = (x: number) => formatNumber(Math.round(x));
  const latency = (words: 1000 | 10000) =>
    t('cli.bench.latency', { n: words, median: decimal(r[`median_ms_${words}`]!, 2), p95: decimal(r[`p95_ms_${words}`]!, 2), reference: decimal(r[`reference_median_ms_${words}`]!, 2), ratio: decimal(r[`ratio_to_reference_${words}`]!, 1) });
  io.out(
    [
      t('cli.bench.startup', { from, assay: ms(startup.assay_ms), node: ms(startup.node_ms), ratio: decimal(startup.ratio, 1), target: STARTUP_TARGET_RATIO }),
      t('cli.bench.model', { version: model.version, size: decimal(model.json_bytes / 1e6, 2), gzip: decimal(model.gzip_bytes / 1e6, 2), load: ms(model.load_median_ms) }),
      t('cli.bench.engine'),
      t('cli.bench.throughput', { words: ms(r.words_per_second!), mb: decimal(r.mb_per_second!, 2) }),
      latency(1000),
      latency(10000),
      t('cli.bench.memory', { mb: ms(r.peak_rss_mb!) }),
    ].join('\n'),
  );
  return 0;
}
