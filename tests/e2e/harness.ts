import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_HINT, findChromium } from './chromium';

export const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');

/** Builds the extension once for a test run (the e2e build adds loopback host access; see wxt.config.ts). */
export function buildExtension(outDir = E2E_BUILD, env: Record<string, string> = { ASSAY_E2E: '1' }, args: string[] = []): string {
  if (process.env.ASSAY_SKIP_BUILD === '1' && existsSync(join(outDir, 'manifest.json'))) return outDir;
  // vitest sets NODE_ENV=test, which would bundle React's development build: test what ships.
  execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: 'pipe' });
  return outDir;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension. Every host name fails to resolve (no network in tests) except
 * loopback and the `mapHosts` given, which resolve to 127.0.0.1 (the platform fixtures); an entry
 * "host 127.0.0.1:port" also moves the host's default port to that one. `profile`: a user data
 * folder to use and keep (by default a fresh one, removed on close).
 */
export async function launchWithExtension(extensionPath: string, extraArgs: string[] = [], mapHosts: string[] = [], profile?: string): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HINT);
  // A profile given by the test outlives this browser (an upgrade test opens it again); its own is removed.
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'assay-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    ignoreHTTPSErrors: mapHosts.length > 0,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${[...mapHosts.map((host) => (host.includes(' ') ? `MAP ${host}` : `MAP ${host} 127.0.0.1`)), 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(' , ')}`,
      ...extraArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The id Chrome gave a tab, asked of the extension itself. */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.serviceWorker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab at ${url}`);
  return id;
}

/** Opens the popup as a page, pointed at a tab (a headless browser has no toolbar to click). */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Opens the dashboard in a new tab, at one of its addresses (`#/settings/platforms`; the records list by default). */
export async function openDashboard(ext: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html${hash}`);
  return page;
}

/**
 * Every record in the extension's real IndexedDB, read where it runs: passed to a driver's `evaluate`
 * (Chrome's service worker, a Firefox extension page), so it must stay self-contained.
 */
export function allRecordsInExtension(): Promise<any[]> {
  return new Promise<any[]>((resolve, reject) => {
    const open = indexedDB.open('assay');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('records')) return (db.close(), resolve([]));
      const request = db.transaction('records').objectStore('records').getAll();
      request.onsuccess = () => (db.close(), resolve(request.result));
      request.onerror = () => reject(request.error);
    };
  });
}

/** Every provenance record in the extension's real IndexedDB, read in the service worker. */
export async function readRecords(ext: ExtensionBrowser): Promise<any[]> {
  return ext.serviceWorker.evaluate(allRecordsInExtension);
}

/** The toolbar badge text Chrome shows for a tab. */
export async function badgeTextOf(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Turns on the Assay server as a remote classifier from the dashboard, as a user does: address, the
 * one-time disclosure of what leaves the machine, and how long to wait for its answer.
 */
export async function enableAssayServer(ext: ExtensionBrowser, address: string, giveUpAfterSeconds = 20): Promise<void> {
  const dashboard = await openDashboard(ext, '#/settings/second-opinions');
  const row = dashboard.locator('[data-provider="assay"]');
  await row.getByLabel('Server address').fill(address);
  await row.getByLabel('Server address').blur();
  const toggle = row.getByLabel('Use Assay server');
  if (!(await toggle.isChecked())) {
    await toggle.check({ force: true }).catch(() => undefined);
    await row.getByRole('dialog').getByText(/Nothing else leaves this computer/).waitFor();
    await row.getByRole('button', { name: 'Send passages to Assay server' }).click();
  }
  for (let i = 0; i < 50 && !(await toggle.isChecked()); i++) await dashboard.waitForTimeout(100);
  if (!(await toggle.isChecked())) throw new Error('The Assay server could not be turned on in the dashboard.');
  await dashboard.getByLabel('Give up on a second opinion after').fill(String(giveUpAfterSeconds));
  await dashboard.getByLabel('Give up on a second opinion after').blur();
  await dashboard.close();
}

interface CdpNode {
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const attributesOf = (node: CdpNode): Record<string, string> => {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) out[node.attributes![i]!] = node.attributes![i + 1]!;
  return out;
};

/**
 * What Assay's overlay shows in a page, read the way only a test can: through the DevTools protocol,
 * which sees into the overlay's closed shadow root. The page itself sees a bare host element.
 * `hostAttributes` is what the page can read off that element.
 */
export async function overlayOf(page: Page): Promise<{ highlights: number; imageBadges: number; visible: boolean; hostAttributes: string[] } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (node: CdpNode): CdpNode | undefined => {
      if (node.nodeName === 'ASSAY-OVERLAY') return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const host = find(root);
    if (!host) return null;
    const shadow = host.shadowRoots?.[0];
    const layer = shadow?.children?.find((child) => child.nodeName === 'DIV' && !attributesOf(child).class);
    const items = (layer?.children ?? []).map(attributesOf);
    return {
      highlights: new Set(items.filter((a) => a.class === 'box').map((a) => a['data-assay-id'])).size,
      imageBadges: items.filter((a) => a.class === 'image-badge').length,
      visible: !/display:\s*none/.test(layer ? (attributesOf(layer).style ?? '') : ''),
      hostAttributes: Object.keys(attributesOf(host)),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** What one of Assay's in-page controls (mail chip, Docs or Figma panel) shows, read through the DevTools protocol. */
export interface ControlState {
  state?: string;
  label?: string;
  opinions?: string;
  open?: string;
  /** What the page can read off the host element. */
  hostAttributes: string[];
}

/**
 * Every Assay control of a tag in a page, in document order. Their state is kept inside their closed
 * shadow roots (lib/platforms/ui-state.ts), which the page cannot open and the DevTools protocol can.
 */
export async function controlsOf(page: Page, tag: 'assay-chip' | 'assay-docs' | 'assay-figma'): Promise<ControlState[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const walk = (node: CdpNode) => {
      if (node.nodeName === tag.toUpperCase()) hosts.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    walk(root);
    return hosts.map((host) => {
      const holder = (host.shadowRoots?.[0]?.children ?? []).map(attributesOf).find((attributes) => 'data-state' in attributes) ?? {};
      const pick = (name: string) => (holder[`data-${name}`] === undefined ? {} : { [name]: holder[`data-${name}`] });
      return { ...pick('state'), ...pick('label'), ...pick('opinions'), ...pick('open'), hostAttributes: Object.keys(attributesOf(host)) };
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
