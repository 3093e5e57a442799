import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanRecordSchema, type ScanRecord } from '../../lib/schema/record';
import { MAX_DELIVERABLE_CHARS } from '../../lib/schema/deliverable';
import { MAX_STORED_TEXT_CHARS } from '../../lib/scan/coverage';
import { buildExtension, launchWithExtension, openPopup, overlayOf, readRecords, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * Issue 14, items 1–4, in Chromium with the e2e build: nothing dropped silently, what a reader sees
 * judged, images read only from sites the extension holds, nothing of the verdict on the page's DOM.
 * Two host names map to the fixture server but are not held by the build (it holds loopback only):
 * they stand for other sites.
 */
const OTHER_SITES = ['cdn.other.test', 'frames.other.test'];

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  const extensionPath = buildExtension();
  server = await startFixtureServer(ROOT, {}, { '/shared-images/': join(ROOT, 'tests/fixtures/images') });
  ext = await launchWithExtension(extensionPath, [], OTHER_SITES);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openTab(path: string): Promise<{ page: Page; tabId: number; url: string }> {
  const page = await ext.context.newPage();
  const url = `${server.origin}${path}`;
  await page.goto(url, { timeout: 300_000 });
  return { page, tabId: await tabIdOf(ext, url), url };
}

async function scan(tabId: number, timeout = 60_000): Promise<Page> {
  const popup = await openPopup(ext, tabId);
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await popup.getByTestId('provenance-badge').waitFor({ timeout });
  return popup;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** Trace events that mean JavaScript ran in a task (the page itself has none: it is the scan's). */
const RUNS_SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'RunMicrotasks']);
/** The outermost garbage-collection events inside a task. */
const COLLECTS = new Set(['MajorGC', 'MinorGC', 'V8.GCIncrementalMarking', 'V8.GCIncrementalMarkingStart']);

/**
 * Traces the browser (DevTools protocol) until stopped; then sums up the tasks of the main thread of
 * the renderer that ran the page script (the thread whose responsiveness the user feels).
 */
async function startTrace(page: Page) {
  const cdp = await ext.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => void events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const script = events.find((e) => e.name === 'EvaluateScript' && /page-scan\.js/.test(e.args?.data?.url ?? ''));
      if (!script) throw new Error('The trace shows no page script: was the page scanned?');
      const thread = events.filter((e) => e.pid === script.pid && e.tid === script.tid && e.ph === 'X');
      const tasks = thread.filter((e) => e.name === 'RunTask');
      const starts = thread.filter((e) => RUNS_SCRIPT.has(e.name)).map((e) => e.ts).sort((a, b) => a - b);
      /** Whether JavaScript ran within a task: a script start between its start and end. */
      const runsScript = (task: TraceEvent) => {
        let low = 0;
        let high = starts.length;
        while (low < high) {
          const mid = (low + high) >> 1;
          if (starts[mid]! < task.ts) low = mid + 1;
          else high = mid;
        }
        return low < starts.length && starts[low]! <= task.ts + (task.dur ?? 0);
      };
      const scripted = tasks.filter(runsScript);
      const others = tasks.filter((t) => !runsScript(t));
      const collections = thread.filter((e) => COLLECTS.has(e.name));
      /** A task's CPU time without the garbage collections that ran inside it (the page's heap is huge). */
      const ownCpu = (task: TraceEvent) =>
        (task.tdur ?? 0) - collections.filter((c) => c.ts >= task.ts && c.ts <= task.ts + (task.dur ?? 0)).reduce((sum, c) => sum + (c.tdur ?? 0), 0);
      const longest = (list: TraceEvent[], key: 'tdur' | 'dur') => Math.max(0, ...list.map((t) => (t[key] ?? 0) / 1000));
      const heaviest = scripted.filter((t) => (t.tdur ?? 0) > 50_000);
      return {
        count: scripted.length,
        longestCpuMs: longest(scripted, 'tdur'),
        longestOwnCpuMs: Math.max(0, ...heaviest.map((t) => ownCpu(t) / 1000)),
        longestWallMs: longest(scripted, 'dur'),
        /** The browser's own tasks on that thread (garbage collection, layout, paint), for the record. */
        longestOtherCpuMs: longest(others, 'tdur'),
      };
    },
  };
}

async function recordOf(url: string): Promise<ScanRecord> {
  return ScanRecordSchema.parse((await readRecords(ext)).find((r) => r.source.url === url));
}

describe('1. nothing is dropped silently', () => {
  it('a paragraph longer than 20,000 characters is judged whole, in parts: the machine sentences at its end are not cut off', async () => {
    const { page, tabId, url } = await openTab('/tests/fixtures/pages/long-passage.html');
    const text = await page.evaluate(() => document.getElementById('long')!.textContent!);
    expect(text.length).toBeGreaterThan(20_000);
    await scan(tabId);
    const record = await recordOf(url);
    const parts = record.segments.filter((s) => s.kind === 'paragraph');
    expect(parts.length).toBeGreaterThan(1);
    // Every word of the paragraph is in a judged part; none is longer than a passage may be.
    expect(parts.map((s) => s.text).join(' ')).toBe(text);
    expect(parts.every((s) => s.text.length <= 20_000)).toBe(true);
    const end = parts.find((s) => s.text.includes('holistic approach'))!;
    expect(end.label).not.toBe('unknown');
    expect(end.label).not.toBe('human');
    expect(record.verdict.label).not.toBe('human');
    expect(record.verdict.omitted).toBeUndefined();
    await page.close();
  });

  it('a page of 50 million characters: the tab stays responsive, the verdict says what it did not judge, the record and what the popup receives stay small', async () => {
    // About 50 million characters of journal entries (9 million words).
    const { page, tabId, url } = await openTab('/generated/huge.html?words=9000000');
    const size = await page.evaluate(() => document.body.textContent!.length);
    expect(size).toBeGreaterThan(45_000_000);
    const popup = await openPopup(ext, tabId);
    // The page in front, as under a real popup (a hidden tab's timers are throttled, which would say
    // nothing about the scan). It notes its own long tasks (Long Tasks API) and event-loop stalls.
    await page.bringToFront();
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; maxGap: number; lastLong: number };
      w.longest = 0;
      w.maxGap = 0;
      w.lastLong = performance.now();
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.longest = Math.max(w.longest, entry.duration);
          w.lastLong = performance.now();
        }
      }).observe({ type: 'longtask' });
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
      }, 20);
    });
    // A page this size keeps its own main thread busy for a while after loading (layout, collection):
    // the scan starts once it has been quiet for two seconds.
    await page.waitForFunction(() => performance.now() - (window as unknown as { lastLong: number }).lastLong > 2_000, undefined, { timeout: 120_000, polling: 250 });
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; maxGap: number };
      w.longest = 0;
      w.maxGap = 0;
    });
    // Every task of the page's main thread is traced (DevTools protocol) while the scan runs.
    const trace = await startTrace(page);
    const started = Date.now();
    // What the popup's button sends; a click would bring the popup's tab to the front and hide the page.
    await popup.evaluate((id) => chrome.runtime.sendMessage({ assay: 1, name: 'scan.start', data: { tabId: id } }), tabId);
    await popup.getByTestId('provenance-badge').waitFor({ timeout: 240_000 });
    const seconds = (Date.now() - started) / 1000;
    const tasks = await trace.stop();
    const { longest, maxGap } = await page.evaluate(() => {
      const w = window as unknown as { longest: number; maxGap: number };
      return { longest: w.longest, maxGap: w.maxGap };
    });
    console.log(
      `50M-character page: scan ${seconds.toFixed(1)} s; page's main thread: ${tasks.count} tasks running script, longest ${tasks.longestCpuMs.toFixed(0)} ms of CPU, ${tasks.longestOwnCpuMs.toFixed(0)} ms without garbage collection ` +
        `(${tasks.longestWallMs.toFixed(0)} ms wall); the browser's own tasks there (garbage collection, rendering): longest ${tasks.longestOtherCpuMs.toFixed(0)} ms of CPU; ` +
        `Long Tasks API: longest ${longest.toFixed(0)} ms; largest event-loop gap ${maxGap.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    // No task of the scan keeps the page's thread for 200 ms. Measured in the thread's own CPU time: on
    // a machine shared with other jobs, wall time also counts the time the thread waited for a core.
    // The browser's own garbage collections of a page this size are not the scan's work (the page
    // alone, never scanned, stalls for over a second at times on this machine): a collection that
    // falls inside a task of the scan is taken out of that task's time.
    expect(tasks.count).toBeGreaterThan(100);
    expect(tasks.longestOwnCpuMs).toBeLessThan(200);

    const record = await recordOf(url);
    const judged = record.segments.reduce((n, s) => n + s.end - s.start, 0);
    expect(judged).toBeLessThanOrEqual(MAX_DELIVERABLE_CHARS);
    expect(record.verdict.omitted!.passages).toBeGreaterThan(50_000);
    expect(record.verdict.omitted!.chars).toBeGreaterThan(40_000_000);
    expect(record.verdict.label).not.toBe('human');
    // The record keeps passage texts up to its limit and a fingerprint of the rest.
    const kept = record.segments.reduce((n, s) => n + s.text.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_STORED_TEXT_CHARS);
    expect(record.segments.filter((s) => s.textHash).length).toBeGreaterThan(0);
    const recordBytes = JSON.stringify(record).length;
    expect(recordBytes).toBeLessThan(6_000_000);

    // The popup says what was not judged, and receives a summary, not the record.
    await expect(popup.getByTestId('coverage-note').first().textContent()).resolves.toMatch(/^Not judged: [\d,]+ passages \(about [\d,]+ characters\)/);
    const sent = await popup.evaluate(async (id) => JSON.stringify(await chrome.runtime.sendMessage({ assay: 1, name: 'tab.get', data: { tabId: id } })).length, tabId);
    console.log(`record ${(recordBytes / 1e6).toFixed(2)} MB stored, ${(sent / 1e3).toFixed(0)} kB sent to the popup`);
    expect(sent).toBeLessThan(200_000);
    await popup.close();
    await page.close();
  }, 600_000);
});

describe('2. what a reader sees is judged, whatever the markup', () => {
  it('reads aria-hidden text, asides, open and closed shadow roots, slotted text and same-origin frames; leaves out text drawn nowhere; names the frame it could not read', async () => {
    const { page, tabId, url } = await openTab('/tests/fixtures/pages/visibility.html');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('iframe')).every((f) => f.contentDocument === null || f.contentDocument.readyState === 'complete'));
    const popup = await scan(tabId);
    const record = await recordOf(url);
    const text = record.segments.map((s) => s.text).join('\n');
    const seen = (word: string) => new RegExp(`\\b${word}:`).test(text);
    for (const word of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Oscar', 'Quebec', 'Romeo']) expect(seen(word), `${word} is visible and must be read`).toBe(true);
    for (const word of ['Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'November', 'Papa']) expect(seen(word), `${word} is drawn nowhere and must be left out`).toBe(false);
    expect(record.verdict.omitted).toEqual({ passages: 0, chars: 0, frames: 1 });
    await popup.getByText(/1 frame of this page comes from another site/).waitFor();
    await popup.close();
    await page.close();
  });
});

describe('3. images are read only from sites the extension holds for the tab', () => {
  it('reads the page’s own image, leaves the other site’s alone — the network log shows no request to it — and says so with a way to allow it', async () => {
    const { page, tabId, url } = await openTab('/tests/fixtures/pages/other-site-images.html');
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0));
    const scanStarted = Date.now();
    const popup = await scan(tabId);
    await popup.getByRole('region', { name: 'Images' }).waitFor();
    const record = await recordOf(url);
    const byAlt = Object.fromEntries(record.images.map((i) => [i.alt, i.provenance?.verdict ?? i.error]));
    expect(byAlt).toEqual({ 'Harbour at dawn, on this site': 'captured', 'Retouched frame on an image host': 'not read: hosted on another site' });
    expect(record.images.find((i) => i.alt.startsWith('Retouched'))?.notRead).toBe('other-site');

    // The network log of the scan: the extension fetched the page's own image, and nothing at all
    // reached the other site after the page had loaded.
    const duringScan = server.requests.filter((r) => r.at >= scanStarted);
    expect(duringScan.filter((r) => r.host.startsWith('cdn.other.test'))).toEqual([]);
    expect(duringScan.some((r) => r.dest === 'empty' && r.path.endsWith('C_with_CAWG_data.jpg'))).toBe(true);
    const heldHosts = new Set(['127.0.0.1', 'localhost']);
    for (const request of duringScan) expect(heldHosts.has(request.host.replace(/:\d+$/, '')), `request to ${request.host}${request.path}`).toBe(true);

    // The popup says why, and offers to allow that site.
    await popup.getByText(/1 image is hosted elsewhere \(cdn\.other\.test\)/).waitFor();
    await popup.getByRole('button', { name: 'Read images from other sites' }).waitFor();
    await expect(popup.getByText(/1 on other sites not read/).count()).resolves.toBeGreaterThan(0);
    await popup.close();

    // Allowing a site is Chrome's own prompt, which a headless browser cannot answer; so the image is
    // moved to a site this build already holds (localhost), standing for a site the user has allowed:
    // Chrome then grants at once, and the popup's button reads it through the background.
    const allowed = `http://localhost:${new URL(server.origin).port}/shared-images/XCA.jpg`;
    await ext.serviceWorker.evaluate(
      ({ pageUrl, imageUrl }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('assay');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('records', 'readwrite').objectStore('records');
            const all = store.getAll();
            all.onsuccess = () => {
              const record = all.result.find((r: { source: { url: string } }) => r.source.url === pageUrl);
              const image = record.images.find((i: { notRead?: string }) => i.notRead === 'other-site');
              image.url = imageUrl;
              store.put(record).onsuccess = () => resolve();
            };
          };
        }),
      { pageUrl: url, imageUrl: allowed },
    );
    const again = await openPopup(ext, tabId);
    const readStarted = Date.now();
    await again.getByRole('button', { name: 'Read images from other sites' }).click();
    await again.getByRole('status').filter({ hasText: '1 image read.' }).waitFor({ timeout: 30_000 });
    const updated = await recordOf(url);
    expect(updated.images.map((i) => i.provenance?.verdict ?? i.error)).toEqual(['captured', 'credentials-invalid']);
    expect(updated.images.some((i) => i.notRead)).toBe(false);
    expect(server.requests.filter((r) => r.at >= readStarted && r.host.startsWith('localhost') && r.path.endsWith('XCA.jpg'))).toHaveLength(1);
    await again.getByText(/Images: 0 of 2 AI-generated or AI-edited/).waitFor();
    await again.close();
    await page.close();
  });
});

describe('4. the page cannot read the verdict off the overlay', () => {
  it('the overlay’s host carries no data attributes and its shadow root is closed, while the highlights are drawn', async () => {
    const { page, tabId } = await openTab('/samples/deliverable.html');
    const popup = await scan(tabId);
    // What the page sees, from its own script.
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('assay-overlay');
      return host && { attributes: host.getAttributeNames(), shadowRoot: host.shadowRoot === null ? null : 'open', text: host.textContent };
    });
    expect(seenByPage).toEqual({ attributes: ['style'], shadowRoot: null, text: '' });
    // What only a test can see, through the DevTools protocol: the highlights are there.
    const overlay = await overlayOf(page);
    expect(overlay?.highlights).toBeGreaterThan(0);
    expect(overlay?.hostAttributes).toEqual(['style']);
    await popup.close();
    await page.close();
  });
});
