import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_VERSION } from '../../lib/detect/version';
import { LABELS } from '../../lib/report/labels';
import { ScanRecordSchema, type ScanRecord } from '../../lib/schema/record';
import { openDatabase, SCHEMA_V3 } from '../../lib/store/db';
import { RELABEL_NOTE } from '../../lib/store/relabel';
import { buildExtension, launchWithExtension, openDashboard, openPopup, readRecords, ROOT, tabIdOf, type ExtensionBrowser } from './harness';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * Issue 14, item 12, in Chromium: a profile whose database was written at schema v3 by a build whose
 * model came before model 2, opened by this build. Its records are upgraded in the real IndexedDB, a
 * "Likely human" from the old model reads Unsure, and every screen says the verdict came from an
 * older model and offers the rescan that gives a current one.
 */

/** The version Dexie gives IndexedDB for a schema version (Dexie multiplies by ten). */
const IDB_VERSION_PER_DEXIE_VERSION = 10;

/** An index of a Dexie schema string, as IndexedDB stores it. */
interface IndexSpec {
  name: string;
  keyPath: string | string[];
  unique: boolean;
}

/** Reads Dexie's schema syntax (`id, &[a+b], c`): the primary key first, `&` unique, `[a+b]` compound. */
function parseStores(schema: Record<string, string>): Record<string, { keyPath: string; indexes: IndexSpec[] }> {
  return Object.fromEntries(
    Object.entries(schema).map(([table, spec]) => {
      const [primary, ...rest] = spec.split(',').map((part) => part.trim());
      const indexes = rest.map((part) => {
        const unique = part.startsWith('&');
        const name = part.replace(/^&/, '');
        const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
        return { name, keyPath, unique };
      });
      return [table, { keyPath: primary!, indexes }];
    }),
  );
}

let server: FixtureServer;
let profile: string;
let extensionPath: string;
let ext: ExtensionBrowser | undefined;

beforeAll(async () => {
  extensionPath = buildExtension();
  server = await startFixtureServer(ROOT);
  profile = mkdtempSync(join(tmpdir(), 'assay-upgrade-'));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('12. a profile written by the previous schema, opened by this build', () => {
  it('upgrades its records in place, reads an old "Likely human" as Unsure, and offers a rescan that gives a current verdict', async () => {
    const pageUrl = `${server.origin}/samples/deliverable.html`;
    // Records as a build at schema v3 with model 1 wrote them: the v1 fixture (one Mixed record) and a
    // record of the sample page that model 1 called Likely human.
    const fixture = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/db/v1-records.json'), 'utf8')) as ScanRecord[];
    const mixed = { ...fixture[0]!, images: [] };
    const human = {
      ...structuredClone(fixture[0]!),
      id: 'old-human',
      source: { kind: 'page', url: pageUrl, title: 'Deliverable' },
      verdict: { ...fixture[0]!.verdict, label: 'human', probability: 0.2, aiShare: 0 },
      segments: fixture[0]!.segments.map((segment) => ({ ...segment, label: 'human', probability: 0.1 })),
      images: [],
    };
    expect(human.verdict.humanThreshold).toBeUndefined();
    expect(human.engine.modelVersion).not.toBe(MODEL_VERSION);

    // First run of the browser: the extension's origin gets a database at v3, written with IndexedDB
    // itself (the layout Dexie gives SCHEMA_V3), holding those records.
    const first = await launchWithExtension(extensionPath, [], [], profile);
    const seededVersion = await first.serviceWorker.evaluate(
      ({ stores, version, records }) =>
        new Promise<number>((resolve, reject) => {
          const removal = indexedDB.deleteDatabase('assay');
          removal.onerror = () => reject(removal.error);
          const open = indexedDB.open('assay', version);
          open.onerror = () => reject(open.error);
          open.onupgradeneeded = () => {
            for (const [table, spec] of Object.entries(stores)) {
              const store = open.result.createObjectStore(table, { keyPath: spec.keyPath });
              for (const index of spec.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique });
            }
            const write = open.transaction!.objectStore('records');
            for (const record of records) write.put(record);
          };
          open.onsuccess = () => {
            const db = open.result;
            const seen = db.version;
            db.close();
            resolve(seen);
          };
        }),
      { stores: parseStores(SCHEMA_V3), version: 3 * IDB_VERSION_PER_DEXIE_VERSION, records: [mixed, human] },
    );
    expect(seededVersion).toBe(3 * IDB_VERSION_PER_DEXIE_VERSION);
    await first.close();

    // The same profile, opened by this build.
    ext = await launchWithExtension(extensionPath, [], [], profile);
    const dashboard = await openDashboard(ext, '#/records');
    await expect.poll(() => dashboard.getByTestId('record-row').count(), { timeout: 30_000 }).toBe(2);
    const humanRow = dashboard.getByTestId('record-row').filter({ hasText: 'Deliverable' });
    await humanRow.getByText(LABELS.unsure.text, { exact: true }).waitFor();
    await expect(humanRow.getByText(LABELS.human.text, { exact: true }).count()).resolves.toBe(0);
    await humanRow.click();
    await dashboard.getByTestId('older-model').getByText(/Scored by an older model \(1\)/).waitFor();

    // In the real database: upgraded to this build's version, the old label kept in the history.
    const dbVersion = await ext.serviceWorker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('assay');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            resolve(open.result.version);
            open.result.close();
          };
        }),
    );
    expect(dbVersion).toBe(openDatabase('version-probe').verno * IDB_VERSION_PER_DEXIE_VERSION);
    const upgraded = (await readRecords(ext)).map((record) => ScanRecordSchema.parse(record));
    const relabelled = upgraded.find((record) => record.id === 'old-human')!;
    expect(relabelled.verdict.label).toBe('unsure');
    expect(relabelled.segments.map((segment) => segment.label)).toEqual(['unsure', 'unsure']);
    expect(relabelled.history.at(-1)).toMatchObject({ label: 'human', note: RELABEL_NOTE });
    expect(relabelled.engine.modelVersion).toBe(human.engine.modelVersion);
    const stillMixed = upgraded.find((record) => record.id === mixed.id)!;
    expect(stillMixed.verdict.label).toBe('mixed');
    expect(stillMixed.segments.map((segment) => segment.label)).toEqual(['unsure', 'ai']);
    await dashboard.close();

    // The popup on that page: the stored verdict, marked as an older model's, with a rescan.
    const page = await ext.context.newPage();
    await page.goto(pageUrl);
    const tabId = await tabIdOf(ext, pageUrl);
    const popup = await openPopup(ext, tabId);
    const badge = popup.getByTestId('provenance-badge');
    await badge.waitFor();
    expect(await badge.getAttribute('data-label')).toBe('unsure');
    const notice = popup.getByTestId('older-model');
    await notice.getByText(/Scored by an older model \(1\)/).waitFor();
    await notice.getByRole('button', { name: 'Rescan' }).click();
    // The rescan gives a verdict from this build's model; the notice goes, the record's history grows.
    await notice.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(async () => (await readRecords(ext!)).find((record) => record.source.url === pageUrl)?.engine.modelVersion, { timeout: 30_000 }).toBe(MODEL_VERSION);
    const rescanned = ScanRecordSchema.parse((await readRecords(ext)).find((record) => record.source.url === pageUrl));
    expect(rescanned.id).toBe('old-human');
    expect(rescanned.verdict.humanThreshold).toBeDefined();
    expect(rescanned.history.some((entry) => entry.note === RELABEL_NOTE)).toBe(true);
    await popup.close();
    await page.close();
  }, 240_000);
});
