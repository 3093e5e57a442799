import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { detect, LOCAL_DETECTOR } from '../detect';
import { sha256Hex } from '../hash';
import { ClassifyRequestSchema, PROTOCOL_VERSION, type ClassifyResponse } from '../classify/protocol';
import { providerById } from '../classify/providers';
import { openApiDocument } from '../classify/openapi';
import { checkConfig, type ServerConfig } from './config';
import { createRateLimiter } from './rate-limit';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  [field: string]: unknown;
}

/**
 * The self-hostable classifier: stateless (a cache only), so several can run behind a load balancer.
 * Logs are structured and never contain passage text: only sizes, status and timing.
 */
export function createApp(input: ServerConfig, options: { log?: (entry: LogEntry) => void; fetch?: typeof fetch } = {}) {
  const config = checkConfig(input);
  const log = options.log ?? ((entry: LogEntry) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry })));
  const limit = createRateLimiter(config.ratePerMinute);
  const cache = new Map<string, ClassifyResponse>();
  let inflight = 0;
  let draining = false;
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', (c) => (draining ? c.json({ ready: false, reason: 'shutting down' }, 503) : c.json({ ready: true, inflight })));
  app.get(`/${PROTOCOL_VERSION}/openapi.json`, (c) => c.json(openApiDocument()));

  app.use(`/${PROTOCOL_VERSION}/*`, async (c, next) => {
    const started = performance.now();
    const auth = c.req.header('authorization') ?? '';
    const token = /^Bearer (.+)$/.exec(auth)?.[1];
    if (config.tokens.length > 0 && (!token || !config.tokens.includes(token))) {
      log({ level: 'warn', msg: 'unauthorized', path: c.req.path });
      return c.json({ error: 'unauthorized', detail: 'Send Authorization: Bearer <token>.' }, 401);
    }
    // The rate limit is per token; without tokens (loopback only) per client address.
    const caller = token ?? c.req.header('x-forwarded-for') ?? 'local';
    const allowed = limit(caller);
    if (!allowed.ok) {
      c.header('retry-after', String(allowed.retryAfterSeconds));
      return c.json({ error: 'rate limited', detail: `Try again in ${allowed.retryAfterSeconds} s.` }, 429);
    }
    inflight++;
    try {
      await next();
    } finally {
      inflight--;
      log({ level: 'info', msg: 'request', method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started), bytes: Number(c.req.header('content-length') ?? 0) });
    }
  });

  app.post(
    `/${PROTOCOL_VERSION}/classify`,
    bodyLimit({ maxSize: config.maxBodyBytes, onError: (c) => c.json({ error: 'request too large', detail: `The limit is ${config.maxBodyBytes} bytes.` }, 413) }),
    async (c) => {
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        return c.json({ error: 'invalid request', detail: 'The body is not JSON.' }, 400);
      }
      const request = ClassifyRequestSchema.safeParse(raw);
      if (!request.success) return c.json({ error: 'invalid request', detail: z.prettifyError(request.error) }, 400);
      const { passages, providers = [] } = request.data;
      const key = await sha256Hex(JSON.stringify([passages, [...providers].sort()]));
      const hit = cache.get(key);
      if (hit) {
        c.header('x-assay-cache', 'hit');
        return c.json(hit);
      }
      const result = detect(passages.map((p) => ({ id: p.id, kind: 'paragraph' as const, text: p.text })), { sensitivity: 'cautious' });
      const response: ClassifyResponse = {
        protocol: PROTOCOL_VERSION,
        model: { name: LOCAL_DETECTOR.name, version: `${LOCAL_DETECTOR.version}+${LOCAL_DETECTOR.model}` },
        document: { probability: result.document.probability },
        passages: result.segments.map((s) => ({ id: s.id, probability: s.probability, reasons: s.reasons.map((r) => r.text).slice(0, 5) })),
      };
      if (providers.length > 0) {
        response.providers = await Promise.all(
          providers.map(async (id) => {
            const provider = providerById(id);
            const providerKey = config.providerKeys[id];
            if (!provider) return { id, ok: false as const, error: `unknown provider "${id}"` };
            if (!providerKey) return { id, ok: false as const, error: `this server has no key for ${provider.name}` };
            try {
              const answer = await provider.classify(passages, { key: providerKey, fetch: options.fetch ?? fetch, option: config.providerOptions[id], signal: AbortSignal.timeout(30_000) });
              return { id, ok: true as const, answer };
            } catch (error) {
              log({ level: 'warn', msg: 'provider failed', provider: id, error: error instanceof Error ? error.name : 'error' });
              return { id, ok: false as const, error: error instanceof Error ? error.message : String(error) };
            }
          }),
        );
      }
      cache.set(key, response);
      if (cache.size > config.cacheEntries) cache.delete(cache.keys().next().value!);
      c.header('x-assay-cache', 'miss');
      return c.json(response);
    },
  );

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    log({ level: 'error', msg: 'unhandled', error: error.name });
    return c.json({ error: 'internal error' }, 500);
  });

  return {
    app,
    config,
    get inflight() {
      return inflight;
    },
    drain() {
      draining = true;
    },
  };
}
