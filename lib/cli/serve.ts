import { configFromEnv, type ServerConfig } from '../server/config';
import { startServer } from '../server/start';
import type { Io } from './commands';
import { EXIT } from './exit-codes';

export const SERVE_USAGE = `Usage: assay serve [--host 127.0.0.1] [--port 8787] [--token T]... [--allowed-host NAME]... [--trust-proxy]
                   [--max-body BYTES] [--rate PER_MINUTE] [--cache ENTRIES] [--cache-bytes BYTES]
  Environment: ASSAY_HOST, ASSAY_PORT, ASSAY_TOKENS (comma-separated), ASSAY_ALLOWED_HOSTS (comma-separated),
  ASSAY_TRUST_PROXY=1, ASSAY_MAX_BODY_BYTES, ASSAY_RATE_PER_MINUTE, ASSAY_CACHE_ENTRIES, ASSAY_CACHE_BYTES,
  ASSAY_PROVIDER_<ID>_KEY (team keys, e.g. ASSAY_PROVIDER_GPTZERO_KEY), ASSAY_PROVIDER_<ID>_OPTION.
  Binding beyond loopback, or holding provider keys, requires at least one token. Requests must be
  application/json; web pages (any Origin but an extension's) need a token; Host must be a loopback name
  or an --allowed-host. Stop it with Ctrl-C or SIGTERM (under a process manager, run node bin/assay.mjs serve).`;

export function parseServeArgs(argv: readonly string[], base: ServerConfig): ServerConfig | string {
  const config = { ...base, tokens: [...base.tokens], allowedHosts: [...base.allowedHosts] };
  const flagTokens: string[] = [];
  const flagHosts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const needNumber = () => (value && /^\d+$/.test(value) ? Number(value) : undefined);
    switch (flag) {
      case '--trust-proxy':
        config.trustProxy = true;
        continue; // takes no value
      case '--help':
      case '-h':
        return 'help';
      case '--host':
        if (!value) return '--host needs a value';
        config.host = value;
        break;
      case '--allowed-host':
        if (!value || value.startsWith('--')) return '--allowed-host needs a host name';
        flagHosts.push(value);
        break;
      case '--port': {
        const n = needNumber();
        if (n === undefined) return '--port needs a number';
        config.port = n;
        break;
      }
      case '--token':
        if (!value) return '--token needs a value';
        flagTokens.push(value);
        break;
      case '--max-body':
      case '--rate':
      case '--cache':
      case '--cache-bytes': {
        const n = needNumber();
        if (n === undefined) return `${flag} needs a number`;
        if (flag === '--max-body') config.maxBodyBytes = n;
        else if (flag === '--rate') config.ratePerMinute = n;
        else if (flag === '--cache') config.cacheEntries = n;
        else config.cacheBytes = n;
        break;
      }
      default:
        return `unknown option ${flag}`;
    }
    i++;
  }
  if (flagTokens.length) config.tokens = flagTokens;
  if (flagHosts.length) config.allowedHosts = flagHosts;
  return config;
}

/** How often a server started by npm checks that npm is still there. */
const PARENT_CHECK_MS = 1_000;
/** The parent as this module loads, well before the server listens and anyone could stop npm. */
const PARENT_AT_LOAD = process.ppid;

/**
 * `npx assay serve` runs node under `sh -c` under npm; a SIGTERM to npm ends npm and the shell but does
 * not reach node, which is left running with a new parent. A server started by npm therefore stops
 * when its parent goes away, as if the signal had been forwarded.
 */
function onParentGone(env: NodeJS.ProcessEnv, stop: () => void): () => void {
  if (!env.npm_command && !env.npm_lifecycle_event) return () => undefined;
  const timer = setInterval(() => {
    if (process.ppid !== PARENT_AT_LOAD) stop();
  }, PARENT_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export async function serveCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = parseServeArgs(argv, configFromEnv(env));
  if (config === 'help') {
    io.out(SERVE_USAGE);
    return EXIT.OK;
  }
  if (typeof config === 'string') {
    io.err(`assay serve: ${config}\n\n${SERVE_USAGE}`);
    return EXIT.USAGE;
  }
  let server;
  try {
    server = await startServer(config, { log: (entry) => io.out(JSON.stringify({ time: new Date().toISOString(), ...entry })) });
  } catch (error) {
    io.err(`assay serve: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILED;
  }
  io.err(`Assay classifier listening on ${server.url} (${config.tokens.length ? 'bearer tokens required' : 'no token: loopback only'}); Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      cancelWatch();
      io.err('Shutting down: finishing requests under way…');
      void server.close().then(resolve);
    };
    const cancelWatch = onParentGone(env, stop);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.OK;
}
