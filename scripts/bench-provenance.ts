// `npm run bench:images`: what image provenance costs. Loads the C2PA WASM reader once (timed), then
// reads 200 images cycling through the C2PA fixtures and built PNG/JPEG files, reporting time per
// image by kind and how memory behaves across the run. Bounded: 200 images, then it stops.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { readProvenance, hasC2paManifest } from '../lib/provenance';
import { loadC2paReaderNode } from '../lib/provenance/c2pa-node';
import { png, tEXt, jpeg, xmpSegment } from '../tests/unit/provenance/build';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/images');
const RUNS = 200;

const files: { name: string; bytes: Uint8Array }[] = existsSync(FIXTURES)
  ? readdirSync(FIXTURES).filter((f) => !f.endsWith('.md')).sort().map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) }))
  : [];
files.push({ name: 'built-webui.png', bytes: png(tEXt('parameters', 'Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1')) });
files.push({ name: 'built-xmp.jpg', bytes: jpeg(xmpSegment('Iptc4xmpExt:DigitalSourceType="http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"')) });

const started = performance.now();
const c2pa = await loadC2paReaderNode();
const loadMs = performance.now() - started;

const times = new Map<string, number[]>();
const rss: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const file = files[i % files.length]!;
  const t = performance.now();
  await readProvenance(file.bytes, { c2pa: hasC2paManifest(file.bytes) ? c2pa : undefined });
  times.set(file.name, [...(times.get(file.name) ?? []), performance.now() - t]);
  if (i % 20 === 19) rss.push(process.memoryUsage().rss / 1e6);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wasm = createRequire(import.meta.url).resolve('@contentauth/c2pa-wasm/c2pa.wasm');
console.log(`C2PA reader load (WASM compile + init): ${loadMs.toFixed(0)} ms; reader size ${(statSync(wasm).size / 1e6).toFixed(1)} MB`);
console.log('Median time per image:');
for (const [name, xs] of times) console.log(`  ${name.padEnd(44)} ${median(xs).toFixed(1)} ms  (${xs.length} reads)`);
console.log(`Memory (RSS) every 20 images over ${RUNS}: ${rss.map((x) => x.toFixed(0)).join(', ')} MB`);
console.log(`Growth from image 20 to image ${RUNS}: ${(rss.at(-1)! - rss[0]!).toFixed(1)} MB`);
