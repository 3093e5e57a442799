import { detect } from '../detect';
import { plainTextSegments } from '../extract/plain';
import type { Io } from './commands';

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

export function benchCommand(options: { json: boolean }, io: Io): number {
  const r = runBench();
  if (options.json) {
    io.out(JSON.stringify(r, null, 2));
    return 0;
  }
  io.out(
    [
      'Assay local engine, one core:',
      `  throughput: ${Math.round(r.words_per_second!).toLocaleString('en')} words/s, ${r.mb_per_second!.toFixed(2)} MB/s`,
      `  1,000 words: median ${r.median_ms_1000!.toFixed(2)} ms, p95 ${r.p95_ms_1000!.toFixed(2)} ms (reference word split ${r.reference_median_ms_1000!.toFixed(2)} ms, ratio ${r.ratio_to_reference_1000!.toFixed(1)}×)`,
      `  10,000 words: median ${r.median_ms_10000!.toFixed(2)} ms, p95 ${r.p95_ms_10000!.toFixed(2)} ms (reference word split ${r.reference_median_ms_10000!.toFixed(2)} ms, ratio ${r.ratio_to_reference_10000!.toFixed(1)}×)`,
      `  peak memory (RSS): ${r.peak_rss_mb!.toFixed(0)} MB`,
    ].join('\n'),
  );
  return 0;
}
