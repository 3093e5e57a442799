// `npm run demo`: build the extension, load it in Chromium, start `assay serve` on loopback and turn it
// on in the extension as a remote classifier, scan the bundled sample deliverable, print the local
// verdict and the second opinion, and save screenshots under demo-output/. Without Chromium, scan the
// same sample with the same engine in Node and say how to get the browser part.
import '../lib/i18n/all';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { detect } from '../lib/detect';
import { extractDeliverable } from '../lib/extract/html';
import { formatReport } from '../lib/report/text';
import { ScanRecordSchema } from '../lib/schema/record';
import { CHROMIUM_HINT, findChromium } from '../tests/e2e/chromium';
import { DEFAULT_SERVER } from '../lib/server/config';
import { startServer } from '../lib/server/start';
import { buildExtension, enableAssayServer, launchWithExtension, openPopup, readRecords, ROOT, tabIdOf } from '../tests/e2e/harness';
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
  const classifier = await startServer({ ...DEFAULT_SERVER, port: 0 }, { log: () => undefined });
  const ext = await launchWithExtension(extensionPath);
  try {
    console.log(`Assay server (remote classifier) listening on ${classifier.url}; turning it on in the extension…`);
    await enableAssayServer(ext, classifier.url);
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
    const local = ScanRecordSchema.parse((await readRecords(ext)).find((r) => r.source.url === url));
    console.log(formatReport({ document: local.verdict, segments: local.segments }, local.source.title));
    console.log(`\nLocal verdict shown ${elapsed} ms after Scan; record ${local.id} stored in the extension's IndexedDB (hash ${local.contentHash.slice(0, 12)}…).`);
    // The second opinion arrives after the local verdict and updates the same record.
    // The combined line shows once the second opinion is in; the opinions themselves are folded below it.
    await popup.getByTestId('combined').waitFor({ timeout: 30_000 });
    await popup.getByTestId('opinions-fold').locator('summary').click();
    const record = ScanRecordSchema.parse((await readRecords(ext)).find((r) => r.source.url === url));
    console.log(`\nSecond opinions (${Date.now() - started} ms after Scan):`);
    console.log(`  Assay local detector: ${record.remote!.local.label}, probability ${record.remote!.local.probability.toFixed(2)}`);
    for (const p of record.remote!.providers)
      console.log(`  ${p.name}: ${p.ok ? `probability ${p.probability!.toFixed(2)} over ${p.passages} passages` : `not used — ${p.error}`}`);
    console.log(`  Combined (${record.verdict.detectors.map((d) => d.name).join(' + ')}): ${record.verdict.label}, probability ${record.verdict.probability.toFixed(2)}${record.remote!.localOnly ? ' (local only)' : ''}`);
    mkdirSync(OUT, { recursive: true });
    await popup.screenshot({ path: join(OUT, 'popup-badge.png'), fullPage: true });
    await page.bringToFront();
    await page.screenshot({ path: join(OUT, 'highlighted-page.png'), fullPage: true });
    console.log(`Screenshots: ${join('demo-output', 'popup-badge.png')}, ${join('demo-output', 'highlighted-page.png')}`);
  } finally {
    await ext.close();
    await classifier.close(1_000);
    await server.close();
  }
}

if (findChromium()) {
  await scanInChromium();
} else {
  scanInNode();
  console.log(`\nBrowser part skipped: ${CHROMIUM_HINT}`);
}
