// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassifyResponseSchema } from '../../../lib/classify/protocol';
import { checkConfig, configFromEnv, DEFAULT_SERVER, type ServerConfig } from '../../../lib/server/config';
import type { LogEntry } from '../../../lib/server/app';
import { startServer, type RunningServer } from '../../../lib/server/start';
import { parseServeArgs } from '../../../lib/cli/serve';

const TOKEN = 'a-very-long-test-token-123';
const SECRET_TEXT = 'The quarterly plan leverages synergies. Furthermore, it is crucial to foster comprehensive growth across every stakeholder group we serve.';
const servers: RunningServer[] = [];
const closers: (() => Promise<void>)[] = [];

async function start(overrides: Partial<ServerConfig> = {}, logs: LogEntry[] = [], fetchImpl?: typeof fetch) {
  const server = await startServer({ ...DEFAULT_SERVER, port: 0, tokens: [TOKEN], ...overrides }, { log: (e) => logs.push(e), fetch: fetchImpl });
  servers.push(server);
  return server;
}

function classify(server: RunningServer, body: unknown, token: string | null = TOKEN) {
  return fetch(`${server.url}/v1/classify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close(1_000)));
  await Promise.all(closers.splice(0).map((c) => c()));
});

describe('assay serve over HTTP', () => {
  it('classifies passages with the Assay engine, per the protocol', async () => {
    const server = await start();
    const response = await classify(server, { passages: [{ id: 'p1', text: SECRET_TEXT }] });
    expect(response.status).toBe(200);
    const body = ClassifyResponseSchema.parse(await response.json());
    expect(body.passages[0]!.id).toBe('p1');
    expect(body.model.name).toBe('Assay local detector');
  });

  it('requires the bearer token', async () => {
    const server = await start();
    expect((await classify(server, { passages: [{ id: 'p', text: 'x' }] }, null)).status).toBe(401);
    expect((await classify(server, { passages: [{ id: 'p', text: 'x' }] }, 'wrong-token-wrong-token')).status).toBe(401);
  });

  it('refuses to listen beyond loopback without a token', () => {
    expect(() => checkConfig({ ...DEFAULT_SERVER, host: '0.0.0.0', tokens: [] })).toThrow(/without a bearer token/);
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

  it('rate-limits per token with Retry-After', async () => {
    const server = await start({ ratePerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await classify(server, { passages: [{ id: 'p', text: `text ${i}` }] })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await classify(server, { passages: [{ id: 'p', text: 'again' }] });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('serves a repeated request from its cache', async () => {
    const server = await start();
    const body = { passages: [{ id: 'p', text: SECRET_TEXT }] };
    expect((await classify(server, body)).headers.get('x-assay-cache')).toBe('miss');
    expect((await classify(server, body)).headers.get('x-assay-cache')).toBe('hit');
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
    const openapi = await (await fetch(`${server.url}/v1/openapi.json`)).json();
    expect(openapi.openapi).toBe('3.1.0');
    expect(openapi.components.schemas.ClassifyRequest.properties.passages.type).toBe('array');
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
    const body = ClassifyResponseSchema.parse(await (await classify(server, { passages: [{ id: 'p', text: SECRET_TEXT }], providers: ['sapling', 'gptzero', 'nope'] })).json());
    expect(body.providers).toEqual([
      { id: 'sapling', ok: true, answer: expect.objectContaining({ document: { probability: expect.closeTo(0.97, 6) } }) },
      { id: 'gptzero', ok: false, error: 'this server has no key for GPTZero' },
      { id: 'nope', ok: false, error: 'unknown provider "nope"' },
    ]);
    expect(JSON.parse(seen[0]!).key).toBe('team-sapling-key');
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
});
