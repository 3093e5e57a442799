import { SensitivitySchema, type Sensitivity } from '../schema/sensitivity';
import { benchCommand } from './bench';
import { scanCommand, scoreCommand, type Io } from './commands';
import { evalCommand } from './evaluate';
import { serveCommand } from './serve';

export const USAGE = `Usage: assay <command> [options]

  scan <file|->        report per passage for a .txt, .md or .html file (or stdin)
                       --json  one JSON object: label, probability, aiShare, segments[]
  score <in.jsonl|->   one JSON line per input line {"id","text"}: {"id","probability","label","reason"?}
  eval <in.jsonl>...   AUROC, TPR at 1%/5% FPR, FPR/TPR at the shipped threshold, abstention, calibration
                       overall and per domain × generator; --json for machines
  serve                the self-hostable classifier (HTTP, protocol v1); assay serve --help
  bench                engine throughput, latency for 1,000 and 10,000 words, peak memory; --json

  --sensitivity cautious|balanced|sensitive   label threshold preset (default: cautious)
  --trust <certs.pem>                         scan of an image or PDF: also trust these C2PA signers`;

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

export async function main(argv: readonly string[], io: Io): Promise<number> {
  // The server has flags of its own.
  if (argv[0] === 'serve') return serveCommand(argv.slice(1), io);
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(`assay: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const { command, args, json, sensitivity, trust } = parsed;
  try {
    switch (command) {
      case 'scan':
        if (args.length !== 1) break;
        return await scanCommand(args[0]!, { json, sensitivity, trust }, io);
      case 'score':
        if (args.length !== 1) break;
        return await scoreCommand(args[0]!, { sensitivity }, io);
      case 'eval':
        if (args.length === 0) break;
        return await evalCommand(args, { json, sensitivity }, io);
      case 'bench':
        return benchCommand({ json }, io);
      case 'help':
      case undefined:
        io.out(USAGE);
        return command ? 0 : 2;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`assay: ${message.replace(/^ENOENT: no such file or directory, open/, 'no such file:')}`);
    return 1;
  }
  io.err(`assay: ${command} needs other arguments\n\n${USAGE}`);
  return 2;
}
