import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A static file server on 127.0.0.1 for fixture pages, plus generated pages for scale tests. */
export interface FixtureServer {
  origin: string;
  /** Every request the server received, in order: the network log a test reads. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export interface LoggedRequest {
  at: number;
  host: string;
  path: string;
  /** The `Origin` header, when the request had one. */
  origin?: string;
  /** `Sec-Fetch-Dest`: `image` for the page's own <img> loads, `empty` for a script's fetch (the extension's). */
  dest?: string;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp' };

export function hugePage(words: number): string {
  const sentences = [
    'We walked the river path before the market opened and counted the herons standing in the shallows.',
    'My brother insists the old bridge was painted green once, though nobody else in the family remembers it.',
    'The bakery on the corner sold out of rye by nine, so we settled for whatever was still warm.',
    'Later the rain came in sideways off the hills and we sheltered under the library awning for an hour.',
    'I kept the receipt from that afternoon in a book, and found it again years later while moving house.',
  ];
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = Array.from({ length: 6 }, (_, j) => sentences[(i + j) % sentences.length]).join(' ') + ` (Entry ${i + 1}.)`;
    count += text.split(/\s+/).length;
    paragraphs.push(`<p>${text}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long journal</title></head><body><article><h1>A very long journal</h1>${paragraphs.join('\n')}</article></body></html>`;
}

/** Extra routes: path → body and content type, for files built in the tests. */
export type Routes = Record<string, { body: Uint8Array | string; type: string }>;

export async function startFixtureServer(root: string, routes: Routes = {}, mounts: Record<string, string> = {}): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ at: Date.now(), host: request.headers.host ?? '', path: url.pathname + url.search, ...(request.headers.origin ? { origin: request.headers.origin } : {}), ...(request.headers['sec-fetch-dest'] ? { dest: String(request.headers['sec-fetch-dest']) } : {}) });
    if (url.pathname === '/generated/huge.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(hugePage(Number(url.searchParams.get('words') ?? 100_000)));
      return;
    }
    const route = routes[url.pathname];
    if (route) {
      response.writeHead(200, { 'content-type': route.type });
      response.end(route.body);
      return;
    }
    // A mount serves another folder (the shared image fixtures) under a path prefix.
    const mount = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
    const base = mount ? mounts[mount]! : root;
    const path = normalize(join(base, mount ? url.pathname.slice(mount.length) : url.pathname));
    if (!path.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const ext = path.slice(path.lastIndexOf('.'));
      response.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
