import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type LogEntry } from './app';
import type { ServerConfig } from './config';

export interface RunningServer {
  url: string;
  /** Stops taking requests, waits for those under way (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(config: ServerConfig, options: { log?: (entry: LogEntry) => void; fetch?: typeof fetch } = {}): Promise<RunningServer> {
  const created = createApp(config, options);
  // A port in use or a host that is not this machine's is an error to report, not a crash.
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: created.app.fetch, hostname: created.config.host, port: created.config.port }, () => {
      s.off('error', reject);
      resolve(s);
    });
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = created.config.host.includes(':') ? `[${created.config.host}]` : created.config.host;
  return {
    url: `http://${host}:${port}`,
    async close(graceMs = 10_000) {
      created.drain();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + graceMs;
      while (created.inflight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      // Idle keep-alive connections would hold close() open.
      (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await closed;
    },
  };
}
