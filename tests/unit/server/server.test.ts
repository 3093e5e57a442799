// @vitest-environment node
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassifyResponseV1Schema, ClassifyResponseV2Schema } from '../../../lib/classify/protocol';
import { checkConfig, configFromEnv, DEFAULT_SERVER, type ServerConfig } from '../../../lib/server/config';
import { AUTH_FAILURES_PER_MINUTE, type LogEntry } from '../../../lib/server/app';
import { startServer, type RunningServer } from '../../../lib/server/start';
import { parseServeArgs } from '../../../lib/cli/serve';

const TOKEN = 'a-very-long-test-token-123';
const LONG_TEXT = 'We walked the river path before the market opened and counted the herons standing in the shallows. My brother insists the old bridge was painted green once, though nobody else in the family remembers it, and the bakery had sold out of rye by nine.';
const SECRET_TEXT = 'The quarterly plan leverages synergies. Furthermore, it is crucial to foster comprehensive growth across every stakeholder group we serve.';
const servers: RunningServer[] = [];
const closers: (() => Promise<void>)[] = [];

async function start(overrides: Partial<ServerConfig> = {}, logs: LogEntry[] = [], fetchImpl?: typeof fetch) {
  const server = await startServer({ ...DEFAULT_SERVER, port: 0, tokens: [TOKEN], ...overrides }, { log: (e) => logs.push(e), fetch: fetchImpl });
  servers.push(server);
  return server;
}

function classify(server: RunningServer, body: unknown, token: string | null = TOKEN, version = 'v2', headers: Record<string, string> = {}) {
  return fetch(`${server.url}/${version}/classify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A request with headers fetch will not let a caller set (Host), over node:http. */
function raw(server: RunningServer, headers: Record<string, string>, body: unknown = { passages: [{ id: 'p', text: SECRET_TEXT }] }): Promise<{ status: number; body: string }> {
  const url = new URL(`${server.url}/v2/classify`);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close(1_000)));
  await Promise.all(closers.splice(0).map((c) => c()));
});

describe('assay serve over HTTP', () => {
  it('classifies passages with the Assay engine, per the protocol (v2: with labels)', async () => {
    const server = await start();
    const response = await classify(server, { passages: [{ id: 'p1', text: LONG_TEXT }, { id: 'p2', text: 'Hello.' }] });
    expect(response.status).toBe(200);
    const body = ClassifyResponseV2Schema.parse(await response.json());
    expect(body.protocol).toBe('v2');
    expect(body.model.name).toBe('Assay local detector');
    expect(body.passages[0]).toMatchObject({ id: 'p1', label: expect.stringMatching(/^(ai|unsure|human)$/), probability: expect.any(Number) });
    expect(body.passages[0]!.reason).toBeUndefined();
    // A one-word passage is not judged, and the answer says so and why, beside the estimate.
    expect(body.passages[1]).toMatchObject({ id: 'p2', label: 'unknown', reason: expect.stringMatching(/too short/), probability: expect.any(Number) });
    expect(body.document).toMatchObject({ label: 'unknown', reason: expect.stringMatching(/Not enough text/) });
  });

  it('answers protocol v1 with its probabilities, and the label and why a passage was not judged beside them', async () => {
    const server = await start();
    const response = await classify(server, { passages: [{ id: 'p1', text: SECRET_TEXT }, { id: 'p2', text: 'Hello' }] }, TOKEN, 'v1');
    const body = await response.json();
    expect(ClassifyResponseV1Schema.parse(body).protocol).toBe('v1');
    expect(body.passages[0]).toMatchObject({ id: 'p1', probability: expect.any(Number), label: expect.stringMatching(/^(ai|unsure|human|unknown)$/) });
    expect(body.passages[1]).toMatchObject({ id: 'p2', label: 'unknown', reason: expect.stringMatching(/too short/), probability: expect.any(Number) });
    expect(body.document).toMatchObject({ probability: expect.any(Number), label: expect.any(String) });
    // v2 is the version to use: the Link header says so.
    expect(response.headers.get('link')).toBe('</v2/classify>; rel="successor-version"');
    const again = await classify(server, { passages: [{ id: 'p1', text: SECRET_TEXT }, { id: 'p2', text: 'Hello' }] }, TOKEN, 'v1');
    expect([again.headers.get('x-assay-cache'), again.headers.get('link')]).toEqual(['hit', '</v2/classify>; rel="successor-version"']);
    expect((await classify(server, { passages: [{ id: 'p1', text: SECRET_TEXT }] })).headers.get('link')).toBeNull();
  });

  it('requires the bearer token', async () => {
    const server = await start();
    expect((await classify(server, { passages: [{ id: 'p', text: 'x' }] }, null)).status).toBe(401);
    expect((await classify(server, { passages: [{ id: 'p', text: 'x' }] }, 'wrong-token-wrong-token')).status).toBe(401);
  });

  it('refuses to listen beyond loopback, or to hold provider keys, without a token', () => {
    expect(() => checkConfig({ ...DEFAULT_SERVER, host: '0.0.0.0', tokens: [] })).toThrow(/without a bearer token/);
    expect(() => checkConfig({ ...DEFAULT_SERVER, providerKeys: { gptzero: 'team-key' } })).toThrow(/provider keys \(gptzero\) but no bearer token/);
    expect(checkConfig({ ...DEFAULT_SERVER, providerKeys: { gptzero: 'team-key' }, tokens: [TOKEN] }).providerKeys).toEqual({ gptzero: 'team-key' });
    expect(checkConfig({ ...DEFAULT_SERVER, host: '0.0.0.0', tokens: [TOKEN] }).host).toBe('0.0.0.0');
    expect(() => checkConfig({ ...DEFAULT_SERVER, tokens: ['short'] })).toThrow(/16 characters/);
  });

  it.each([
    ['not JSON', '{oops'],
    ['no passages', { passages: [] }],
    ['a passage without text', { passages: [{ id: 'p' }] }],
  ])('answers 400 with a message for %s', async (_, body) => {
    const server = await start();
    const response = await classify(server, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid request', detail: expect.any(String) });
  });

  it('answers 413 past the size limit', async () => {
    const server = await start({ maxBodyBytes: 1_000 });
    const response = await classify(server, { passages: [{ id: 'p', text: 'x'.repeat(5_000) }] });
    expect(response.status).toBe(413);
  });

  it('rate-limits per token with Retry-After (the same on v1 and v2)', async () => {
    const server = await start({ ratePerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await classify(server, { passages: [{ id: 'p', text: `text ${i}` }] }, TOKEN, i % 2 ? 'v1' : 'v2')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await classify(server, { passages: [{ id: 'p', text: 'again' }] });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('serves a repeated request from its cache', async () => {
    const server = await start();
    const body = { passages: [{ id: 'p', text: SECRET_TEXT }] };
    expect((await classify(server, body)).headers.get('x-assay-cache')).toBe('miss');
    expect((await classify(server, body)).headers.get('x-assay-cache')).toBe('hit');
    // The cached answer is the same answer, in the version asked for.
    expect(ClassifyResponseV1Schema.parse(await (await classify(server, body, TOKEN, 'v1')).json()).protocol).toBe('v1');
  });

  it('bounds its cache in bytes: an answer larger than the budget is not kept', async () => {
    const server = await start({ cacheBytes: 4_000 });
    const small = { passages: [{ id: 'p', text: SECRET_TEXT }] };
    const large = { passages: Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, text: `${SECRET_TEXT} ${i}` })) };
    for (const body of [large, large]) expect((await classify(server, body)).headers.get('x-assay-cache')).toBe('miss');
    await classify(server, small);
    expect((await classify(server, small)).headers.get('x-assay-cache')).toBe('hit');
  });

  it('answers 50 parallel requests, each with its own passages, none lost', async () => {
    const server = await start({ ratePerMinute: 1_000 });
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => classify(server, { passages: [{ id: `p${i}`, text: `${SECRET_TEXT} (${i})` }] })));
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ passages: { id: string }[] }>));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(bodies.map((b) => b.passages[0]!.id)).toEqual(Array.from({ length: 50 }, (_, i) => `p${i}`));
  });

  it('logs requests as structured entries that never contain passage text or tokens', async () => {
    const logs: LogEntry[] = [];
    const server = await start({}, logs);
    await classify(server, { passages: [{ id: 'p', text: SECRET_TEXT }] });
    await classify(server, { passages: [{ id: 'p', text: SECRET_TEXT }] }, null);
    const text = JSON.stringify(logs);
    expect(logs.some((l) => l.msg === 'request' && l.status === 200)).toBe(true);
    expect(text).not.toContain('quarterly plan');
    expect(text).not.toContain(TOKEN);
  });

  it('has health and readiness endpoints and publishes its OpenAPI document', async () => {
    const server = await start();
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ ready: true });
    for (const version of ['v1', 'v2']) {
      const openapi = await (await fetch(`${server.url}/${version}/openapi.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
      expect(openapi.openapi).toBe('3.1.0');
      expect(openapi.components.schemas.ClassifyRequest.properties.passages.type).toBe('array');
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/v1/classify', '/v2/classify']));
    }
  });

  it('finishes a request under way when shut down gracefully', async () => {
    // A slow team provider keeps one request in flight while the server is asked to stop.
    const slow = createServer((_, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ score: 0.9, sentence_scores: [] })), 300));
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise((r) => slow.close(() => r())));
    const port = (slow.address() as AddressInfo).port;
    const redirect = ((_url: string, init: RequestInit) => fetch(`http://127.0.0.1:${port}/`, init)) as unknown as typeof fetch;
    const server = await startServer({ ...DEFAULT_SERVER, port: 0, tokens: [TOKEN], providerKeys: { sapling: 'team-key' } }, { log: () => undefined, fetch: redirect });
    const pending = classify(server, { passages: [{ id: 'p', text: SECRET_TEXT }], providers: ['sapling'] });
    await new Promise((r) => setTimeout(r, 50));
    const closing = server.close(5_000);
    const response = await pending;
    await closing;
    expect(response.status).toBe(200);
    expect((await response.json()).providers[0]).toMatchObject({ id: 'sapling', ok: true });
  });

  it('calls team providers with the server’s keys (a loopback stand-in answering in Sapling’s shape)', async () => {
    const seen: string[] = [];
    const standIn = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push(body);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ score: 0.97, sentence_scores: [{ sentence: 'Furthermore, it is crucial to foster comprehensive growth across every stakeholder group we serve.', score: 0.99 }] }));
      });
    });
    await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', r));
    closers.push(() => new Promise((r) => standIn.close(() => r())));
    const port = (standIn.address() as AddressInfo).port;
    const toStandIn = ((_url: string, init: RequestInit) => fetch(`http://127.0.0.1:${port}/api/v1/aidetect`, init)) as unknown as typeof fetch;
    const server = await start({ providerKeys: { sapling: 'team-sapling-key' } }, [], toStandIn);
    const body = ClassifyResponseV2Schema.parse(await (await classify(server, { passages: [{ id: 'p', text: SECRET_TEXT }], providers: ['sapling', 'gptzero', 'nope'] })).json());
    expect(body.providers).toEqual([
      { id: 'sapling', ok: true, answer: expect.objectContaining({ document: { probability: expect.closeTo(0.97, 6) } }) },
      { id: 'gptzero', ok: false, error: 'this server has no key for GPTZero' },
      { id: 'nope', ok: false, error: 'unknown provider "nope"' },
    ]);
    expect(JSON.parse(seen[0]!).key).toBe('team-sapling-key');
  });
});

describe('who may use a server on loopback', () => {
  const body = { passages: [{ id: 'p', text: SECRET_TEXT }] };

  it('answers only application/json: a web page’s text/plain “simple request” is refused', async () => {
    const server = await start({ tokens: [] });
    const response = await fetch(`${server.url}/v2/classify`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: 'unsupported media type' });
    expect((await classify(server, body, null, 'v2', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('answers requests with no Origin and from extensions; a web page’s only with a valid token', async () => {
    const open = await start({ tokens: [] });
    expect((await classify(open, body, null)).status).toBe(200);
    expect((await classify(open, body, null, 'v2', { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' })).status).toBe(200);
    expect((await classify(open, body, null, 'v1', { origin: 'moz-extension://0b9c9a2e-6c1a-4a8e-9d6e-3f1f5f0c2b7a' })).status).toBe(200);
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:8080', 'chrome-extension://x.evil.example/']) {
      const refused = await classify(open, body, null, 'v2', { origin });
      expect(refused.status, origin).toBe(403);
    }
    const guarded = await start();
    expect((await classify(guarded, body, null, 'v2', { origin: 'https://evil.example' })).status).toBe(401);
    expect((await classify(guarded, body, TOKEN, 'v2', { origin: 'https://app.example' })).status).toBe(200);
  });

  it('answers only for loopback names and --allowed-host names (DNS rebinding)', async () => {
    const server = await start({ tokens: [], allowedHosts: ['assay.internal'] });
    const port = new URL(server.url).port;
    expect((await raw(server, { host: `evil.example:${port}` })).status).toBe(421);
    expect(JSON.parse((await raw(server, { host: 'rebind.attacker.test' })).body)).toMatchObject({ error: 'host not allowed' });
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST', `assay.internal:${port}`]) expect((await raw(server, { host })).status, host).toBe(200);
    // Health checks from a load balancer use whatever name it has: they reveal nothing.
    expect((await fetch(`${server.url}/healthz`, { headers: { host: 'lb.example' } })).status).toBe(200);
  });

  it('keys the rate limit on the socket address, not a client-supplied X-Forwarded-For', async () => {
    const server = await start({ tokens: [], ratePerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await classify(server, body, null, 'v2', { 'x-forwarded-for': `10.0.0.${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Behind a proxy the operator trusts, its last X-Forwarded-For entry is the client.
    const proxied = await start({ tokens: [], ratePerMinute: 3, trustProxy: true });
    const perClient = [];
    for (let i = 0; i < 5; i++) perClient.push((await classify(proxied, body, null, 'v2', { 'x-forwarded-for': `1.2.3.4, 10.0.0.${i}` })).status);
    expect(perClient).toEqual([200, 200, 200, 200, 200]);
  });

  it('throttles failed authentication and logs it once a minute, not once a request', async () => {
    const logs: LogEntry[] = [];
    const server = await start({ ratePerMinute: 1_000 }, logs);
    const statuses = [];
    for (let i = 0; i < 25; i++) statuses.push((await classify(server, body, `guess-${i}-0123456789abcdef`)).status);
    expect(statuses.slice(0, AUTH_FAILURES_PER_MINUTE)).toEqual(Array(AUTH_FAILURES_PER_MINUTE).fill(401));
    expect(new Set(statuses.slice(AUTH_FAILURES_PER_MINUTE))).toEqual(new Set([429]));
    // Locked out: even the right token waits, so guessing gains nothing from speed.
    const locked = await classify(server, body, TOKEN);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const refusals = logs.filter((l) => l.msg === 'refused');
    expect(refusals.length).toBeLessThanOrEqual(2); // one 401 entry, one 429 entry
    expect(JSON.stringify(logs)).not.toContain('guess-');
  });
});

describe('configuration', () => {
  it('reads the environment, and flags override it', () => {
    const env = configFromEnv({ ASSAY_PORT: '9000', ASSAY_TOKENS: `${TOKEN}, other-token-0123456789`, ASSAY_PROVIDER_GPTZERO_KEY: 'g', ASSAY_PROVIDER_HUGGINGFACE_OPTION: 'org/model' });
    expect(env).toMatchObject({ port: 9000, tokens: [TOKEN, 'other-token-0123456789'], providerKeys: { gptzero: 'g' }, providerOptions: { huggingface: 'org/model' } });
    expect(parseServeArgs(['--port', '7000', '--host', '0.0.0.0', '--token', 'flag-token-0123456789'], env)).toMatchObject({ port: 7000, host: '0.0.0.0', tokens: ['flag-token-0123456789'] });
    expect(parseServeArgs(['--port', 'abc'], env)).toBe('--port needs a number');
    expect(parseServeArgs(['--wat'], env)).toBe('unknown option --wat');
  });

  it('reads the guards: allowed hosts, a trusted proxy, the cache’s byte budget', () => {
    const env = configFromEnv({ ASSAY_ALLOWED_HOSTS: 'a.example, b.example', ASSAY_TRUST_PROXY: '1', ASSAY_CACHE_BYTES: '1000' });
    expect(env).toMatchObject({ allowedHosts: ['a.example', 'b.example'], trustProxy: true, cacheBytes: 1000 });
    expect(configFromEnv({})).toMatchObject({ allowedHosts: [], trustProxy: false, cacheBytes: DEFAULT_SERVER.cacheBytes });
    expect(parseServeArgs(['--trust-proxy', '--allowed-host', 'c.example', '--allowed-host', 'd.example', '--cache-bytes', '5000'], configFromEnv({}))).toMatchObject({
      trustProxy: true,
      allowedHosts: ['c.example', 'd.example'],
      cacheBytes: 5000,
    });
    expect(parseServeArgs(['--allowed-host'], configFromEnv({}))).toBe('--allowed-host needs a host name');
  });
});
