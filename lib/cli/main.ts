import pkg from '../../package.json';
import { SensitivitySchema, type Sensitivity } from '../schema/sensitivity';
import type { Io } from './commands';
import { EXIT, EXIT_CODES_HELP, InputError } from './exit-codes';

export const USAGE = `Usage: assay <command> [options]

  scan <file|->        report per passage for a .txt, .md or .html file (or stdin); for an image, PDF,
                       audio or video file (by its bytes), its provenance (Content Credentials, metadata)
                       --json  one JSON object: label, probability, aiShare, segments[] (or provenance)
  score <in.jsonl|->   one JSON object per line, {"id": "a1", "text": "…"}; writes one line per input line,
                       {"id","probability","label","reason"?}, as it reads
  eval <in.jsonl>...   texts of known origin, one JSON object per line:
                       {"text": "…", "label": "human"|"ai", "domain"?: "news", "generator"?: "gpt-4o"}
                       prints AUROC, TPR at 1%/5% FPR, FPR/TPR at the shipped threshold, abstention and
                       calibration, overall and per domain × generator; --json for machines
  serve                the self-hostable classifier (HTTP, protocol v2 and v1); assay serve --help
                       (stop it with Ctrl-C or SIGTERM; a process manager should run node bin/assay.mjs serve)
  audit <dirs|files|urls.txt…>   a portfolio at once: every file's verdict or why it has none,
                       --report/--json/--csv outputs, --since an earlier audit; assay audit --help
  certify <files…>     sign a certificate of what you deliver and how AI was used: --declare, --name,
                       --key (assay certify --help)
  verify <cert> <files…>  check a certificate offline against the files; its own exit codes
                       (assay verify --help)
  bench                engine throughput, latency for 1,000 and 10,000 words, peak memory, and the
                       start-up time of assay scan beside a bare node; --json

  --sensitivity cautious|balanced|sensitive   label threshold preset (default: cautious)
  --trust <certs.pem>                         provenance scan: also trust these C2PA signers
  --version                                   the version, and whether the built CLI or the sources run

${EXIT_CODES_HELP}`;

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
      if (!value.success) return `--sensitivity takes cautious, balanced or sensitive`;
      parsed.sensitivity = value.data;
    } else if (arg === '--trust') {
      const file = argv[++i];
      if (!file || file.startsWith('--')) return '--trust takes a PEM file of certificates';
      parsed.trust = file;
    } else if (arg === '-h' || arg === '--help') parsed.command = 'help';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
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
  return `unknown command "${command}"${near ? ` (did you mean ${near}?)` : ''}. Commands: scan, score, eval, serve, audit, bench, certify, verify; assay --help for more.`;
}

/** What a command takes, when it was given something else. */
function wrongArguments(command: string, count: number): string | undefined {
  if (command === 'scan' && count !== 1) return count === 0 ? 'assay scan takes a file (or - for stdin)' : 'assay scan takes one file at a time';
  if (command === 'score' && count !== 1) return count === 0 ? 'assay score takes a JSONL file (or - for stdin)' : 'assay score takes one file at a time';
  if (command === 'eval' && count === 0) return 'assay eval takes one or more JSONL files';
  if (command === 'bench' && count > 0) return 'assay bench takes no file';
  return undefined;
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
    io.out(`assay ${pkg.version} (${process.env.ASSAY_CLI_RUNS_FROM ?? 'sources'})`);
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
    io.err(`assay: ${parsed}\n\n${USAGE}`);
    return EXIT.USAGE;
  }
  const { command, args, json, sensitivity, trust } = parsed;
  if (command === undefined || command === 'help') {
    if (command) io.out(USAGE);
    else io.err(USAGE);
    return command ? EXIT.OK : EXIT.USAGE;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.err(`assay: ${unknownCommand(command)}`);
    return EXIT.USAGE;
  }
  const wrong = wrongArguments(command, args.length);
  if (wrong) {
    io.err(`assay: ${wrong}\n\n${USAGE}`);
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
