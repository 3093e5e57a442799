import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { DOC_IDS, editorHtml, exportHtml, REVISIONS, revisionsJson } from '../fixtures/platforms/docs/document';
import { png, tEXt } from '../unit/provenance/build';
import { FIGMA_KEYS, FIGMA_TOKEN, fileJson, imagesJson, metaJson, nodesJson, pageHtml } from '../fixtures/platforms/figma/file';

/**
 * The platforms' pages, served over HTTPS on loopback under their real host names: Chromium maps the
 * hosts to 127.0.0.1 (`--host-resolver-rules`) and accepts the certificate made here for the run, so
 * the extension's real match patterns decide what runs.
 */
export const PLATFORM_HOSTS = ['docs.google.com', 'mail.google.com', 'outlook.office.com', 'outlook.live.com', 'outlook.office365.com', 'www.figma.com', 'api.figma.com', 's3-alpha-sig.figma.com'];
/** Hosts reached on the default port (the background calls https://api.figma.com itself): mapped to this server's port. */
const PORT_MAPPED = ['api.figma.com', 's3-alpha-sig.figma.com'];

/** Path prefix → fixture under tests/fixtures/platforms/. */
const PAGES: [string, string][] = [
  ['/mail/u/0/', 'gmail/thread.html'],
  ['/mail/u/1/', 'gmail/empty.html'],
  ['/mail/u/2/', 'gmail/changed.html'],
  ['/mail/u/3/', 'gmail/compose.html'],
  ['/mail/inbox/id/', 'outlook/reading-pane.html'],
];

export interface PlatformServer {
  port: number;
  /** `https://<host>:<port>` for a platform host. */
  origin(host: string): string;
  /** Docs requests as the server saw them (path and query), oldest first. */
  requests: string[];
  /** Chromium flags: accept this server's certificate. */
  chromiumArgs: string[];
  /** Host mappings for launchWithExtension: every platform host to loopback, API hosts with this server's port. */
  hostMap: string[];
  close(): Promise<void>;
}

/** Google Docs: the editor page, its export and its revision history, as Docs answers each document. */
function docsRoute(url: URL): { status: number; type: string; body: string } | undefined {
  const match = /^\/document\/d\/([A-Za-z0-9_-]+)\/(edit|export|revisions\/load)$/.exec(url.pathname);
  if (!match) return undefined;
  const [, id, what] = match;
  if (!Object.values(DOC_IDS).includes(id as never)) return { status: 404, type: 'text/html', body: '<h1>Not found</h1>' };
  const html = (body: string) => ({ status: 200, type: 'text/html; charset=utf-8', body });
  if (what === 'edit') return html(editorHtml(id!));
  if (what === 'export') {
    if (id === DOC_IDS.noExport) return { status: 403, type: 'text/html', body: '<h1>Sorry, you cannot download this file</h1>' };
    return url.searchParams.get('format') === 'html' ? html(exportHtml(url.searchParams.get('tab') ?? undefined)) : { status: 400, type: 'text/plain', body: 'bad format' };
  }
  if (id === DOC_IDS.viewOnly) return { status: 403, type: 'text/html', body: '<h1>Forbidden</h1>' };
  const end = Number(url.searchParams.get('end'));
  if (url.searchParams.get('id') !== id || !(end >= 1 && end <= REVISIONS())) return { status: 400, type: 'text/plain', body: 'bad range' };
  return { status: 200, type: 'application/json; charset=utf-8', body: revisionsJson() };
}

/** Figma: the file page (a canvas) and a stand-in for api.figma.com answering in the documented shapes. */
function figmaRoute(url: URL, token: string | string[] | undefined): { status: number; type: string; body: string | Uint8Array; headers?: Record<string, string> } | undefined {
  // An image fill's original, as Figma's image host serves it: a PNG a Stable Diffusion UI wrote.
  if (url.pathname.startsWith('/img/')) return { status: 200, type: 'image/png', body: png(tEXt('parameters', 'a loaf of bread on a table, golden light\nSteps: 30, Sampler: DPM++ 2M, CFG scale: 7, Seed: 42, Model: sd_xl_base_1.0')) };
  const page = /^\/(design|file|proto|board)\/([A-Za-z0-9]+)(\/|$)/.exec(url.pathname);
  if (page) return { status: 200, type: 'text/html; charset=utf-8', body: pageHtml('Harbour Street') };
  const api = /^\/v1\/files\/([A-Za-z0-9]+)(\/(meta|nodes|images))?$/.exec(url.pathname);
  if (!api) return undefined;
  const json = (body: unknown, status = 200, headers?: Record<string, string>) => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(body), headers });
  if (token !== FIGMA_TOKEN) return json({ status: 403, err: 'Invalid token' }, 403);
  const [, key, , what] = api;
  if (!Object.values(FIGMA_KEYS).includes(key as never)) return json({ status: 404, err: 'Not found' }, 404);
  if (what === 'meta') return json(metaJson(key!));
  if (what === 'images') return json(imagesJson());
  if (key === FIGMA_KEYS.limited) return json({ status: 429, err: 'Rate limit exceeded' }, 429, { 'retry-after': '3600', 'x-figma-rate-limit-type': 'low', 'x-figma-plan-tier': 'starter' });
  if (key === FIGMA_KEYS.malformed) return json({ name: 'Broken', version: 7, document: 'not a tree' });
  if (what === 'nodes') return json(nodesJson(url.searchParams.get('ids') ?? ''));
  return json(fileJson(key!));
}

export async function startPlatformServer(root: string): Promise<PlatformServer> {
  const requests: string[] = [];
  const attrs = [{ name: 'commonName', value: PLATFORM_HOSTS[0]! }];
  const pems = await generate(attrs, { keyType: 'ec', algorithm: 'sha256', extensions: [{ name: 'subjectAltName', altNames: PLATFORM_HOSTS.map((value) => ({ type: 2, value })) }] });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, async (request, response) => {
    const url = new URL(request.url ?? '/', 'https://localhost');
    const figma = figmaRoute(url, request.headers['x-figma-token']);
    if (figma) {
      requests.push(`${url.pathname}${url.search}`);
      response.writeHead(figma.status, { 'content-type': figma.type, ...figma.headers });
      return void response.end(figma.body);
    }
    const docs = docsRoute(url);
    if (docs) {
      requests.push(`${url.pathname}${url.search}`);
      response.writeHead(docs.status, { 'content-type': docs.type });
      return void response.end(docs.body);
    }
    const page = PAGES.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(await readFile(join(root, 'tests/fixtures/platforms', page[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    origin: (host) => `https://${host}:${port}`,
    chromiumArgs: ['--ignore-certificate-errors'],
    hostMap: PLATFORM_HOSTS.map((host) => (PORT_MAPPED.includes(host) ? `${host} 127.0.0.1:${port}` : host)),
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
