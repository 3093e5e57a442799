import { t } from '../i18n';
import { ConfigRefused, configFromEnv, type ServerConfig } from '../server/config';
import { startServer } from '../server/start';
import type { Io } from './commands';
import { EXIT } from './exit-codes';

/** `assay serve --help`, in the terminal's language. */
export const serveUsage = () => t('cli.serve.usage');

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
        if (!value) return t('cli.error.needsValue', { option: flag });
        config.host = value;
        break;
      case '--allowed-host':
        if (!value || value.startsWith('--')) return t('cli.serve.needsHost');
        flagHosts.push(value);
        break;
      case '--port': {
        const n = needNumber();
        if (n === undefined) return t('cli.error.needsNumber', { option: flag });
        config.port = n;
        break;
      }
      case '--token':
        if (!value) return t('cli.error.needsValue', { option: flag });
        flagTokens.push(value);
        break;
      case '--max-body':
      case '--rate':
      case '--cache':
      case '--cache-bytes': {
        const n = needNumber();
        if (n === undefined) return t('cli.error.needsNumber', { option: flag });
        if (flag === '--max-body') config.maxBodyBytes = n;
        else if (flag === '--rate') config.ratePerMinute = n;
        else if (flag === '--cache') config.cacheEntries = n;
        else config.cacheBytes = n;
        break;
      }
      default:
        return t('cli.error.unknownOption', { option: flag });
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

/** Why the server did not start, in the terminal's language; an unforeseen error keeps its own words. */
function startFailure(error: unknown, config: ServerConfig): string {
  if (error instanceof ConfigRefused)
    return error.refusal.kind === 'host-without-token' ? t('cli.serve.refuseHost', { host: error.refusal.host }) : t('cli.serve.refuseKeys', { providers: error.refusal.providers.join(', ') });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // The port as typed, not as a number in the language's style ("8.787").
  const where = { port: String(config.port), host: config.host };
  if (code === 'EADDRINUSE') return t('cli.serve.portInUse', where);
  if (code === 'EACCES') return t('cli.serve.portDenied', where);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return t('cli.serve.badHost', where);
  return t('cli.serve.failed', { error: error instanceof Error ? error.message : String(error) });
}

export async function serveCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = parseServeArgs(argv, configFromEnv(env));
  if (config === 'help') {
    io.out(serveUsage());
    return EXIT.OK;
  }
  if (typeof config === 'string') {
    io.err(`assay serve: ${config}\n\n${serveUsage()}`);
    return EXIT.USAGE;
  }
  let server;
  try {
    server = await startServer(config, { log: (entry) => io.out(JSON.stringify({ time: new Date().toISOString(), ...entry })) });
  } catch (error) {
    io.err(`assay serve: ${startFailure(error, config)}`);
    return EXIT.FAILED;
  }
  io.err(t('cli.serve.listening', { url: server.url, access: t(config.tokens.length ? 'cli.serve.tokens' : 'cli.serve.loopbackOnly') }));
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      cancelWatch();
      io.err(t('cli.serve.shuttingDown'));
      void server.close().then(resolve);
    };
    const cancelWatch = onParentGone(env, stop);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT.OK;
}
