import { configFromEnv, type ServerConfig } from '../server/config';
import { startServer } from '../server/start';
import type { Io } from './commands';

export const SERVE_USAGE = `Usage: assay serve [--host 127.0.0.1] [--port 8787] [--token T]... [--max-body BYTES] [--rate PER_MINUTE] [--cache ENTRIES]
  Environment: ASSAY_HOST, ASSAY_PORT, ASSAY_TOKENS (comma-separated), ASSAY_MAX_BODY_BYTES, ASSAY_RATE_PER_MINUTE,
  ASSAY_CACHE_ENTRIES, ASSAY_PROVIDER_<ID>_KEY (team keys, e.g. ASSAY_PROVIDER_GPTZERO_KEY), ASSAY_PROVIDER_<ID>_OPTION.
  Binding beyond loopback requires at least one token.`;

export function parseServeArgs(argv: readonly string[], base: ServerConfig): ServerConfig | string {
  const config = { ...base, tokens: [...base.tokens] };
  const flagTokens: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const needNumber = () => (value && /^\d+$/.test(value) ? Number(value) : undefined);
    switch (flag) {
      case '--host':
        if (!value) return '--host needs a value';
        config.host = value;
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
      case '--cache': {
        const n = needNumber();
        if (n === undefined) return `${flag} needs a number`;
        if (flag === '--max-body') config.maxBodyBytes = n;
        else if (flag === '--rate') config.ratePerMinute = n;
        else config.cacheEntries = n;
        break;
      }
      case '--help':
      case '-h':
        return 'help';
      default:
        return `unknown option ${flag}`;
    }
    i++;
  }
  if (flagTokens.length) config.tokens = flagTokens;
  return config;
}

export async function serveCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = parseServeArgs(argv, configFromEnv(env));
  if (config === 'help') {
    io.out(SERVE_USAGE);
    return 0;
  }
  if (typeof config === 'string') {
    io.err(`assay serve: ${config}\n\n${SERVE_USAGE}`);
    return 2;
  }
  let server;
  try {
    server = await startServer(config, { log: (entry) => io.out(JSON.stringify({ time: new Date().toISOString(), ...entry })) });
  } catch (error) {
    io.err(`assay serve: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.err(`Assay classifier listening on ${server.url} (${config.tokens.length ? 'bearer tokens required' : 'no token: loopback only'}); Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      io.err('Shutting down: finishing requests under way…');
      void server.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
