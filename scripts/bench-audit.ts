/**
 * `npm run bench:audit`: a portfolio of 1,000 mixed files (docx, pdf, md, html, eml; ~1,500 words each,
 * in 10 freelancer folders), written by the libraries that write these formats, audited
 *   1. by the CLI (`assay audit`, all cores): wall time and peak resident memory (GNU time's maximum RSS);
 *   2. in the dashboard, in Chromium with the built extension: time from Start to done, the longest
 *      main-thread task (Long Tasks API: none reported means none over 50 ms), and the page's JS heap
 *      read over CDP (Performance.getMetrics, sampled every 250 ms).
 * Texts come from ../shared/data (student essays by people and by models) when present, otherwise from
 * the detector's test fixtures. Options: --files N (default 1000), --skip-cli, --skip-dashboard.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocx, buildEml, buildPdf } from '../tests/files/build';
import { buildExtension, launchWithExtension, openDashboard } from '../tests/e2e/harness';

const ROOT = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const FILES = Number(argv[argv.indexOf('--files') + 1]) || 1000;
const WORDS = 1500;
const GROUPS = 10;
const FORMATS = ['docx', 'pdf', 'md', 'html', 'eml'] as const;

function texts(): { human: string[]; ai: string[]; source: string } {
  const data = join(ROOT, '../shared/data/outfox-valid.jsonl');
  if (existsSync(data)) {
    const rows = readFileSync(data, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; label: string });
    return { human: rows.filter((r) => r.label === 'human').map((r) => r.text), ai: rows.filter((r) => r.label === 'ai').map((r) => r.text), source: '../shared/data/outfox-valid.jsonl (student essays)' };
  }
  const split = (f: string) => readFileSync(join(ROOT, 'tests/fixtures/detect', f), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
  return { human: split('human.txt'), ai: split('machine.txt'), source: 'tests/fixtures/detect (repeated)' };
}

/** ~1,500 words of paragraphs: all human, all machine, or half and half, chosen by the file's number. */
function paragraphsFor(i: number, pool: ReturnType<typeof texts>): string[] {
  const kind = i % 3; // 0 human, 1 machine, 2 mixed
  const out: string[] = [];
  let words = 0;
  for (let k = 0; words < WORDS; k++) {
    const from = kind === 0 ? pool.human : kind === 1 ? pool.ai : k % 2 ? pool.ai : pool.human;
    const text = from[(i * 7 + k * 13) % from.length]!;
    for (const p of text.split(/\n+/).filter((x) => x.trim())) {
      out.push(p.trim());
      words += p.split(/\s+/).length;
      if (words >= WORDS) break;
    }
  }
  return out;
}

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function generate(dir: string): Promise<void> {
  const marker = `${dir}.complete`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(FILES)) return;
  rmSync(dir, { recursive: true, force: true });
  const pool = texts();
  console.log(`Writing ${FILES} files of ~${WORDS} words from ${pool.source}…`);
  const started = Date.now();
  for (let i = 0; i < FILES; i++) {
    const group = `freelancer-${String(i % GROUPS).padStart(2, '0')}`;
    mkdirSync(join(dir, group), { recursive: true });
    const paragraphs = paragraphsFor(i, pool);
    const format = FORMATS[i % FORMATS.length]!;
    const name = join(dir, group, `deliverable-${String(i).padStart(4, '0')}.${format}`);
    const title = `Deliverable ${i}`;
    if (format === 'docx') writeFileSync(name, await buildDocx(paragraphs, { title, heading: title, author: group }));
    else if (format === 'pdf') writeFileSync(name, await buildPdf(paragraphs, { title, heading: title, author: group }));
    else if (format === 'md') writeFileSync(name, `# ${title}\n\n${paragraphs.join('\n\n')}\n`);
    else if (format === 'html') writeFileSync(name, `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`);
    else writeFileSync(name, await buildEml({ from: `${group} <${group}@example.com>`, subject: title, text: paragraphs.join('\n\n') }));
  }
  writeFileSync(marker, String(FILES));
  console.log(`  written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function benchCli(dir: string) {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'ignore' });
  const out = join(tmpdir(), 'assay-bench-audit.json');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(ROOT, 'bin/assay.mjs'), 'audit', dir, '--json', out, '--fresh'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASSAY_CACHE_DIR: join(tmpdir(), 'assay-bench-cache') },
  });
  const [seconds, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  const data = JSON.parse(readFileSync(out, 'utf8')) as { files: { label?: string; problem?: string }[] };
  const labels: Record<string, number> = {};
  for (const f of data.files) labels[f.label ?? f.problem ?? '?'] = (labels[f.label ?? f.problem ?? '?'] ?? 0) + 1;
  return { seconds: seconds!, peakRssMb: Math.round(kb! / 1024), files: data.files.length, labels, exit: run.status };
}

async function benchDashboard(dir: string) {
  const ext = await launchWithExtension(buildExtension());
  try {
    const page = await openDashboard(ext, '#/audit');
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => {
      const w = window as unknown as { __tasks: { start: number; ms: number }[] };
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.getByLabel('Folder to audit').setInputFiles(dir);
    let peakHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    const started = Date.now();
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: /Start audit of/ }).click();
    await page.locator('[data-testid="audit-progress"][data-state="done"]').waitFor({ timeout: 30 * 60_000 });
    const seconds = (Date.now() - started) / 1000;
    const doneAt = await page.evaluate(() => performance.now());
    // The table's first render of the finished audit counts too.
    await page.waitForTimeout(1500);
    sampling = false;
    await sampler;
    const tasks = await page.evaluate(() => (window as unknown as { __tasks: { start: number; ms: number }[] }).__tasks);
    const longest = Math.max(0, ...tasks.map((t) => t.ms));
    const count = tasks.length;
    // When they happened: picking the files, during the audit, or rendering the finished audit.
    const phases = { picking: tasks.filter((t) => t.start < clickedAt), running: tasks.filter((t) => t.start >= clickedAt && t.start < doneAt), finished: tasks.filter((t) => t.start >= doneAt) };
    const phaseLine = Object.entries(phases)
      .map(([k, list]) => `${k} ${list.length}${list.length ? ` (longest ${Math.round(Math.max(...list.map((t) => t.ms)))} ms, median ${Math.round(list.map((t) => t.ms).sort((a, b) => a - b)[Math.floor(list.length / 2)]!)} ms)` : ''}`)
      .join(', ');
    const status = await page.getByTestId('audit-progress').textContent();
    // Time spent reading inside the workers, summed: what the pool did, beside the wall time.
    const workerSeconds = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('assay');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('auditEntries').objectStore('auditEntries').getAll();
            request.onsuccess = () => resolve((request.result as { item?: { durationMs: number } }[]).reduce((sum, e) => sum + (e.item?.durationMs ?? 0), 0) / 1000);
            request.onerror = () => reject(request.error);
          };
        }),
    );
    return { seconds, longestTaskMs: Math.round(longest), longTasks: count, phaseLine, peakHeapMb: Math.round(peakHeap / 1024 / 1024), status, workerSeconds, workers: await page.evaluate(() => navigator.hardwareConcurrency) };
  } finally {
    await ext.close();
  }
}

const dir = join(ROOT, '.bench', `audit-portfolio-${FILES}`);
await generate(dir);
console.log(`Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (!argv.includes('--skip-cli')) {
  const cli = benchCli(dir);
  console.log(`CLI: ${cli.files} files in ${cli.seconds.toFixed(1)} s (target ≤ 120 s), peak RSS ${cli.peakRssMb} MB (target ≤ 500 MB), exit ${cli.exit}; ${JSON.stringify(cli.labels)}`);
}
if (!argv.includes('--skip-dashboard')) {
  const dash = await benchDashboard(dir);
  console.log(
    `Dashboard: ${dash.seconds.toFixed(1)} s (target ≤ 300 s) with ${dash.workers} workers (${dash.workerSeconds.toFixed(1)} s of reading in them); longest main-thread task ${dash.longTasks ? `${dash.longestTaskMs} ms (${dash.longTasks} tasks over 50 ms: ${dash.phaseLine})` : 'none over 50 ms'} (target: none over 50 ms); peak page JS heap ${dash.peakHeapMb} MB (target ≤ 500 MB); ${dash.status}`,
  );
}
console.log(`Load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
