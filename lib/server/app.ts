import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { detect, LOCAL_DETECTOR } from '../detect';
import { sha256Hex } from '../hash';
import { ClassifyRequestSchema, PROTOCOL_VERSION, PROTOCOL_VERSIONS, type ClassifyRequest, type ClassifyResponseV2, type ProtocolVersion } from '../classify/protocol';
import { providerById } from '../classify/providers';
import { openApiDocument } from '../classify/openapi';
import { answerV1, answerV2 } from './answer';
import { createResultCache } from './cache';
import { checkConfig, type ServerConfig } from './config';
import { allowedHostsFor, bearerToken, clientAddress, hostAllowed, isJsonContentType, matchToken, originKind } from './guard';
import { createLogThrottle, createRateLimiter } from './rate-limit';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  [field: string]: unknown;
}

/** Failed authentications a client may make a minute before it is refused without its token being looked at. */
export const AUTH_FAILURES_PER_MINUTE = 10;
/** A team provider gets this long per request before the server answers without it. */
const PROVIDER_TIMEOUT_MS = 30_000;

const MODEL = { name: LOCAL_DETECTOR.name, version: `${LOCAL_DETECTOR.version}+${LOCAL_DETECTOR.model}` };

/**
 * The self-hostable classifier: stateless (a cache only), so several can run behind a load balancer.
 * Logs are structured and never contain passage text or tokens: only sizes, status and timing.
 */
export function createApp(input: ServerConfig, options: { log?: (entry: LogEntry) => void; fetch?: typeof fetch } = {}) {
  const config = checkConfig(input);
  const log = options.log ?? ((entry: LogEntry) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry })));
  const limit = createRateLimiter(config.ratePerMinute);
  const authFailures = createRateLimiter(AUTH_FAILURES_PER_MINUTE);
  const refusalLog = createLogThrottle();
  const cache = createResultCache(config.cacheBytes, config.cacheEntries);
  const allowedHosts = allowedHostsFor(config);
  let inflight = 0;
  let draining = false;
  const app = new Hono();

  const socketAddress = (c: Context) => {
    try {
      return getConnInfo(c).remote.address;
    } catch {
      return undefined; // not behind @hono/node-server (app.fetch called directly)
    }
  };

  /** Refuses a request; refusals are logged at most once a minute per client, with a count of the rest. */
  const refuse = (c: Context, client: string, status: 401 | 403 | 415 | 421 | 429, error: string, detail: string) => {
    const entry = refusalLog(`${client} ${status}`);
    if (entry.log) log({ level: 'warn', msg: 'refused', status, error, path: c.req.path, client, ...(entry.suppressed ? { suppressedSinceLast: entry.suppressed } : {}) });
    return c.json({ error, detail }, status);
  };

  const guard: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    const client = clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), config.trustProxy);
    if (!hostAllowed(c.req.header('host'), allowedHosts))
      return refuse(c, client, 421, 'host not allowed', 'This server answers only for loopback names, the address it listens on, and the names it was started with (--allowed-host).');
    if (c.req.method === 'POST' && !isJsonContentType(c.req.header('content-type')))
      return refuse(c, client, 415, 'unsupported media type', 'Send Content-Type: application/json.');

    // No Origin: not a web page (curl, scripts, servers). An extension's origin: Assay's background. Any
    // other origin is a web page the user happens to visit: it needs a token like a remote client does.
    const fromWebPage = originKind(c.req.header('origin')) === 'web';
    let caller = `address ${client}`;
    if (config.tokens.length > 0 || fromWebPage) {
      const wait = authFailures.waitFor(client);
      if (wait > 0) {
        c.header('retry-after', String(wait));
        return refuse(c, client, 429, 'too many failed attempts', `Too many requests without a valid token; try again in ${wait} s.`);
      }
      const token = bearerToken(c.req.header('authorization'));
      const index = token === undefined ? -1 : matchToken(token, config.tokens);
      if (index < 0) {
        authFailures.take(client);
        if (config.tokens.length === 0) return refuse(c, client, 403, 'forbidden', 'This server has no bearer token, so it does not answer requests from web pages.');
        return refuse(c, client, 401, 'unauthorized', token ? 'That bearer token is not one this server accepts.' : 'Send Authorization: Bearer <token>.');
      }
      caller = `token ${index}`;
    }
    const allowed = limit.take(caller);
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
  };

  /** The local verdicts and any team providers' answers, in the newest shape; older versions are cut from it. */
  async function classify(request: ClassifyRequest): Promise<ClassifyResponseV2 & { v1: ReturnType<typeof answerV1> }> {
    const { passages, providers = [] } = request;
    const result = detect(passages.map((p) => ({ id: p.id, kind: 'paragraph' as const, text: p.text })), { sensitivity: 'cautious' });
    const team = providers.length === 0 ? undefined : await Promise.all(providers.map((id) => askProvider(id, passages)));
    const extra = team ? { providers: team } : {};
    return { ...answerV2(result, MODEL), ...extra, v1: { ...answerV1(result, MODEL), ...extra } };
  }

  async function askProvider(id: string, passages: ClassifyRequest['passages']) {
    const provider = providerById(id);
    const providerKey = config.providerKeys[id];
    if (!provider) return { id, ok: false as const, error: `unknown provider "${id}"` };
    if (!providerKey) return { id, ok: false as const, error: `this server has no key for ${provider.name}` };
    try {
      const answer = await provider.classify(passages, { key: providerKey, fetch: options.fetch ?? fetch, option: config.providerOptions[id], signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
      return { id, ok: true as const, answer };
    } catch (error) {
      log({ level: 'warn', msg: 'provider failed', provider: id, error: error instanceof Error ? error.name : 'error' });
      return { id, ok: false as const, error: error instanceof Error ? error.message : String(error) };
    }
  }

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', (c) => (draining ? c.json({ ready: false, reason: 'shutting down' }, 503) : c.json({ ready: true, inflight })));

  for (const version of PROTOCOL_VERSIONS) {
    app.use(`/${version}/*`, guard);
    app.get(`/${version}/openapi.json`, (c) => c.json(openApiDocument()));
    app.post(
      `/${version}/classify`,
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
        const key = await sha256Hex(JSON.stringify([request.data.passages, [...(request.data.providers ?? [])].sort()]));
        const cached = cache.get(`${version} ${key}`);
        c.header('content-type', 'application/json');
        // v1 stays as it was (older clients parse it strictly); its answers point to the version with labels (RFC 5829).
        if (version !== PROTOCOL_VERSION) c.header('link', `</${PROTOCOL_VERSION}/classify>; rel="successor-version"`);
        if (cached !== undefined) {
          c.header('x-assay-cache', 'hit');
          return c.body(cached);
        }
        const { v1, ...v2 } = await classify(request.data);
        // Both versions are kept: a client that moves from v1 to v2 finds its answer already there.
        const bodies: Record<ProtocolVersion, string> = { v1: JSON.stringify(v1), v2: JSON.stringify(v2) };
        for (const v of PROTOCOL_VERSIONS) cache.set(`${v} ${key}`, bodies[v]);
        c.header('x-assay-cache', 'miss');
        return c.body(bodies[version]);
      },
    );
  }

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
