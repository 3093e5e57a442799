// `npm run bench:server`: throughput of `assay serve` on loopback. Starts the server in this process
// with caching off, sends a fixed number of requests from 16 concurrent clients, and stops by itself.
import { startServer } from '../lib/server/start';
import { DEFAULT_SERVER } from '../lib/server/config';
import { benchText } from '../lib/cli/bench';
import { plainTextSegments } from '../lib/extract/plain';

const REQUESTS = 400;
const CLIENTS = 16;
const PASSAGES_PER_REQUEST = 10;

const server = await startServer({ ...DEFAULT_SERVER, port: 0, tokens: [], ratePerMinute: 1_000_000, cacheEntries: 0 }, { log: () => undefined });
const paragraphs = plainTextSegments(benchText(8_000)).map((s) => s.text);
let next = 0;
let passages = 0;
const latencies: number[] = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (next < REQUESTS) {
      const i = next++;
      const body = { passages: Array.from({ length: PASSAGES_PER_REQUEST }, (_, j) => ({ id: `p${j}`, text: `${paragraphs[(i * PASSAGES_PER_REQUEST + j) % paragraphs.length]} [${i}]` })) };
      const t = performance.now();
      const response = await fetch(`${server.url}/v1/classify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      await response.json();
      latencies.push(performance.now() - t);
      passages += PASSAGES_PER_REQUEST;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
console.log(`assay serve on loopback, ${CLIENTS} clients, ${REQUESTS} requests of ${PASSAGES_PER_REQUEST} passages (~${Math.round(paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0) / paragraphs.length)} words each), cache off:`);
console.log(`  ${(REQUESTS / seconds).toFixed(0)} requests/s, ${(passages / seconds).toFixed(0)} passages/s; latency median ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, p95 ${latencies[Math.floor(latencies.length * 0.95)]!.toFixed(1)} ms`);
await server.close();
