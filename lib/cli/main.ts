import pkg from '../../package.json';
import { SensitivitySchema, type Sensitivity } from '../schema/sensitivity';
import type { Io } from './commands';
import { t, type Locale } from '../i18n';
import { EXIT, exitCodesHelp, InputError } from './exit-codes';

/** `assay --help`, in the terminal's language. */
export function usage(): string {
  return t('cli.usage', { exitCodes: exitCodesHelp() });
}

const COMMANDS = ['scan', 'score', 'eval', 'serve', 'audit', 'bench', 'certify', 'verify', 'help'] as const;

interface Parsed {
  command?: string;
  args: string[];
  json: boolean;
  sensitivity: Sensitivity;
  trust?: string;
}

export function parseArgs(argv: readonly string[]): Parsed | string {
  const parsed: Parsed = { args: [], json: false, sensitivity: 'cautious' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--sensitivity') {
      const value = SensitivitySchema.safeParse(argv[++i]);
      if (!value.success) return t('cli.error.sensitivity');
      parsed.sensitivity = value.data;
    } else if (arg === '--trust') {
      const file = argv[++i];
      if (!file || file.startsWith('--')) return t('cli.error.trust');
      parsed.trust = file;
    } else if (arg === '-h' || arg === '--help') parsed.command = 'help';
    else if (arg.startsWith('--')) return t('cli.error.unknownOption', { option: arg });
    else if (!parsed.command) parsed.command = arg;
    else parsed.args.push(arg);
  }
  return parsed;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function unknownCommand(command: string): string {
  const near = COMMANDS.filter((c) => c !== 'help').find((c) => distance(command.toLowerCase(), c) <= 2);
  return t('cli.error.unknownCommand', { command, suggestion: near ? t('cli.error.didYouMean', { command: near }) : '' });
}

/** What a command takes, when it was given something else. */
function wrongArguments(command: string, count: number): string | undefined {
  if (command === 'scan' && count !== 1) return t(count === 0 ? 'cli.args.scanNone' : 'cli.args.scanMany');
  if (command === 'score' && count !== 1) return t(count === 0 ? 'cli.args.scoreNone' : 'cli.args.scoreMany');
  if (command === 'eval' && count === 0) return t('cli.args.evalNone');
  if (command === 'bench' && count > 0) return t('cli.args.benchExtra');
  return undefined;
}

/**
 * What runs, for `assay --version`: bin/assay.mjs says which (its bundle state); run directly from the
 * sources (tests, tsx) it says nothing.
 */
export function runsFromText(state: string | undefined, locale?: Locale): string {
  const key = state === 'fresh' ? 'cli.version.bundle' : state === 'forced' ? 'cli.version.forced' : state === 'stale' ? 'cli.version.stale' : state === 'missing' ? 'cli.version.missing' : 'cli.version.sources';
  return t(key, undefined, locale);
}

/** Runs a command, turning an InputError into its message and exit code (`failed` for anything else). */
async function runGuarded(command: () => Promise<number>, io: Io, failed: number = EXIT.FAILED): Promise<number> {
  try {
    return await command();
  } catch (error) {
    io.err(`assay: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof InputError && failed === EXIT.FAILED ? error.exitCode : failed;
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv[0] === '--version' || argv[0] === '-V') {
    io.out(`assay ${pkg.version} (${runsFromText(process.env.ASSAY_CLI_RUNS_FROM)})`);
    return EXIT.OK;
  }
  // The server has flags of its own; it is loaded only when asked for.
  if (argv[0] === 'serve') return (await import('./serve')).serveCommand(argv.slice(1), io);
  // So has the audit; it draws a progress bar on a terminal.
  if (argv[0] === 'audit') return runGuarded(async () => (await import('./audit/command')).auditCommand(argv.slice(1), { ...io, progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[2K${line}`) : undefined }), io);
  // Certificates have flags and, for verify, exit codes of their own (issue 12).
  if (argv[0] === 'certify') return runGuarded(async () => (await import('./certify')).certifyCommand(argv.slice(1), io), io);
  if (argv[0] === 'verify') return runGuarded(async () => (await import('./verify')).verifyCommand(argv.slice(1), io), io, 1);
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(`assay: ${parsed}\n\n${usage()}`);
    return EXIT.USAGE;
  }
  const { command, args, json, sensitivity, trust } = parsed;
  if (command === undefined || command === 'help') {
    if (command) io.out(usage());
    else io.err(usage());
    return command ? EXIT.OK : EXIT.USAGE;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.err(`assay: ${unknownCommand(command)}`);
    return EXIT.USAGE;
  }
  const wrong = wrongArguments(command, args.length);
  if (wrong) {
    io.err(`assay: ${wrong}\n\n${usage()}`);
    return EXIT.USAGE;
  }
  try {
    switch (command) {
      case 'scan':
        return await (await import('./commands')).scanCommand(args[0]!, { json, sensitivity, trust }, io);
      case 'score':
        return await (await import('./commands')).scoreCommand(args[0]!, { sensitivity }, io);
      case 'eval':
        return await (await import('./evaluate')).evalCommand(args, { json, sensitivity }, io);
      default:
        return await (await import('./bench')).benchCommand({ json }, io);
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`assay: ${error.message}`);
      return error.exitCode;
    }
    io.err(`assay: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.FAILED;
  }
}
