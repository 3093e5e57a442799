import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/**
 * The platforms' pages, served over HTTPS on loopback under their real host names: Chromium maps the
 * hosts to 127.0.0.1 (`--host-resolver-rules`) and accepts the certificate made here for the run, so
 * the extension's real match patterns decide what runs.
 */
export const PLATFORM_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.live.com', 'outlook.office365.com'];

/** Path prefix → fixture under tests/fixtures/platforms/. */
const PAGES: [string, string][] = [
  ['/mail/u/0/', 'gmail/thread.html'],
  ['/mail/u/1/', 'gmail/empty.html'],
  ['/mail/u/2/', 'gmail/changed.html'],
  ['/mail/inbox/id/', 'outlook/reading-pane.html'],
];

export interface PlatformServer {
  port: number;
  /** `https://<host>:<port>` for a platform host. */
  origin(host: string): string;
  /** Chromium flags: map the hosts to this server, accept its certificate. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

export async function startPlatformServer(root: string): Promise<PlatformServer> {
  const attrs = [{ name: 'commonName', value: PLATFORM_HOSTS[0]! }];
  const pems = await generate(attrs, { keyType: 'ec', algorithm: 'sha256', extensions: [{ name: 'subjectAltName', altNames: PLATFORM_HOSTS.map((value) => ({ type: 2, value })) }] });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, async (request, response) => {
    const url = new URL(request.url ?? '/', 'https://localhost');
    const page = PAGES.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(await readFile(join(root, 'tests/fixtures/platforms', page[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: (host) => `https://${host}:${port}`,
    chromiumArgs: ['--ignore-certificate-errors'],
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
