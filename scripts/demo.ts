// `npm run demo`: build the extension, load it in Chromium, scan the bundled sample deliverable, print
// the verdict and save screenshots under demo-output/. Without Chromium, scan the same sample with the
// same engine in Node and say how to get the browser part.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { detect } from '../lib/detect';
import { extractDeliverable } from '../lib/extract/html';
import { formatReport } from '../lib/report/text';
import { ProvenanceRecordSchema } from '../lib/store/schema';
import { CHROMIUM_HINT, findChromium } from '../tests/e2e/chromium';
import { buildExtension, launchWithExtension, openPopup, readRecords, ROOT, tabIdOf } from '../tests/e2e/harness';
import { startFixtureServer } from '../tests/e2e/server';

const SAMPLE = 'samples/deliverable.html';
const OUT = join(ROOT, 'demo-output');

function scanInNode(): void {
  const window = new Window({ url: 'http://127.0.0.1/samples/deliverable.html' });
  window.document.write(readFileSync(join(ROOT, SAMPLE), 'utf8'));
  const doc = window.document as unknown as Document;
  const { deliverable } = extractDeliverable(doc, { kind: 'sample', url: SAMPLE, title: doc.title });
  const result = detect(deliverable.segments, { sensitivity: 'cautious' });
  console.log(formatReport(result, doc.title));
  void window.happyDOM.close();
}

async function scanInChromium(): Promise<void> {
  console.log('Building the extension…');
  const extensionPath = buildExtension();
  const server = await startFixtureServer(ROOT);
  const ext = await launchWithExtension(extensionPath);
  try {
    const url = `${server.origin}/${SAMPLE}`;
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    console.log(`Scanning ${url} in Chromium…`);
    const started = Date.now();
    await popup.getByRole('button', { name: /Scan this page|Rescan/ }).click();
    await popup.getByTestId('provenance-badge').waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;
    const record = ProvenanceRecordSchema.parse((await readRecords(ext)).find((r) => r.source.url === url));
    console.log(formatReport({ document: record.verdict, segments: record.segments }, record.source.title));
    console.log(`\nScan took ${elapsed} ms end to end; record ${record.id} stored in the extension's IndexedDB (hash ${record.contentHash.slice(0, 12)}…).`);
    mkdirSync(OUT, { recursive: true });
    await popup.screenshot({ path: join(OUT, 'popup-badge.png'), fullPage: true });
    await page.bringToFront();
    await page.screenshot({ path: join(OUT, 'highlighted-page.png'), fullPage: true });
    console.log(`Screenshots: ${join('demo-output', 'popup-badge.png')}, ${join('demo-output', 'highlighted-page.png')}`);
  } finally {
    await ext.close();
    await server.close();
  }
}

if (findChromium()) {
  await scanInChromium();
} else {
  scanInNode();
  console.log(`\nBrowser part skipped: ${CHROMIUM_HINT}`);
}
