import { z } from 'zod';

/** `assay serve` configuration, from flags and environment, validated before anything starts. */
export const ServerConfigSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(0).max(65_535),
  /** Bearer tokens; required when the server is reachable beyond this machine or holds provider keys. */
  tokens: z.array(z.string().min(16, 'tokens must be at least 16 characters')),
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: z.number().int().positive(),
  /** Requests per minute per token (or per client address without tokens). */
  ratePerMinute: z.number().int().positive(),
  /** Classifier results kept, by content hash: at most this many… */
  cacheEntries: z.number().int().nonnegative(),
  /** …and at most this many bytes of answers. */
  cacheBytes: z.number().int().nonnegative(),
  /** Host names (besides loopback names) the server answers for: a guard against DNS rebinding. */
  allowedHosts: z.array(z.string().min(1).max(253)),
  /** Take the client's address from X-Forwarded-For (set only behind a proxy that writes it). */
  trustProxy: z.boolean(),
  /** Provider keys the server may use on behalf of its users, by provider id. */
  providerKeys: z.record(z.string(), z.string()),
  /** Provider options (e.g. the Hugging Face model), by provider id. */
  providerOptions: z.record(z.string(), z.string()),
});
export type ServerConfig = z.infer<typeof ServerConfigSchema>;

export const DEFAULT_SERVER: ServerConfig = {
  host: '127.0.0.1',
  port: 8787,
  tokens: [],
  maxBodyBytes: 2 * 1024 * 1024,
  ratePerMinute: 120,
  cacheEntries: 1_000,
  /** 64 MiB: thousands of ordinary answers, and still a bound when every answer is the largest allowed (~1 MB). */
  cacheBytes: 64 * 1024 * 1024,
  allowedHosts: [],
  trustProxy: false,
  providerKeys: {},
  providerOptions: {},
};

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Why a configuration was refused, by kind, so `assay serve` can say it in the terminal's language. */
export class ConfigRefused extends Error {
  constructor(
    message: string,
    readonly refusal: { kind: 'host-without-token'; host: string } | { kind: 'keys-without-token'; providers: string[] },
  ) {
    super(message);
    this.name = 'ConfigRefused';
  }
}

/**
 * Refuses a configuration that would let others use the engine, or spend the server's provider keys,
 * without authentication.
 */
export function checkConfig(config: ServerConfig): ServerConfig {
  const parsed = ServerConfigSchema.parse(config);
  if (!isLoopback(parsed.host) && parsed.tokens.length === 0)
    throw new ConfigRefused(`Refusing to listen on ${parsed.host} without a bearer token: set ASSAY_TOKENS or --token (or bind to 127.0.0.1).`, { kind: 'host-without-token', host: parsed.host });
  const keyed = Object.keys(parsed.providerKeys);
  if (keyed.length > 0 && parsed.tokens.length === 0)
    throw new ConfigRefused(`Refusing to start with provider keys (${keyed.join(', ')}) but no bearer token: anyone who can reach the server could spend them. Set ASSAY_TOKENS or --token.`, { kind: 'keys-without-token', providers: keyed });
  return parsed;
}

const list = (value: string | undefined) => (value ?? '').split(',').map((t) => t.trim()).filter(Boolean);

/** Reads ASSAY_* environment variables over the defaults; flags override these in the CLI. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const providerKeys: Record<string, string> = {};
  const providerOptions: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const key = /^ASSAY_PROVIDER_([A-Z0-9]+)_KEY$/.exec(name);
    if (key && value) providerKeys[key[1]!.toLowerCase()] = value;
    const option = /^ASSAY_PROVIDER_([A-Z0-9]+)_OPTION$/.exec(name);
    if (option && value) providerOptions[option[1]!.toLowerCase()] = value;
  }
  const number = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);
  return {
    host: env.ASSAY_HOST || DEFAULT_SERVER.host,
    port: number(env.ASSAY_PORT, DEFAULT_SERVER.port),
    tokens: list(env.ASSAY_TOKENS),
    maxBodyBytes: number(env.ASSAY_MAX_BODY_BYTES, DEFAULT_SERVER.maxBodyBytes),
    ratePerMinute: number(env.ASSAY_RATE_PER_MINUTE, DEFAULT_SERVER.ratePerMinute),
    cacheEntries: number(env.ASSAY_CACHE_ENTRIES, DEFAULT_SERVER.cacheEntries),
    cacheBytes: number(env.ASSAY_CACHE_BYTES, DEFAULT_SERVER.cacheBytes),
    allowedHosts: list(env.ASSAY_ALLOWED_HOSTS),
    trustProxy: env.ASSAY_TRUST_PROXY === '1' || env.ASSAY_TRUST_PROXY === 'true',
    providerKeys,
    providerOptions,
  };
}
