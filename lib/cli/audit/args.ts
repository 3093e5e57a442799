import { SensitivitySchema, type Sensitivity } from '../../schema/sensitivity';

export const AUDIT_USAGE = `Usage: assay audit <dirs|files|urls.txt…> [options]

  Audits a portfolio: every file in the folders given (recursively), the files given, and the page
  addresses listed in a .txt file of one http(s) address a line. Reads .txt, .md, .html, .docx, .odt,
  .pdf, .eml, images and .zip archives of them; each file gets a verdict, or a line saying why not.

  --report <report.html>   a self-contained HTML report (print it to PDF to hand it over)
  --json <out.json>        every file by path with its verdict (ai, mixed, unsure, human, unknown) or error
  --csv <out.csv>          one row per file
  --since <previous.json>  compare with an earlier audit's --json: new, changed, unchanged, removed
  --sensitivity cautious|balanced|sensitive   label threshold preset (default: cautious)
  --workers <n>            files read at once (default: one per core)
  --journal <file>         where progress is kept to resume an interrupted audit (default: a file
                           under ~/.cache/assay/audits named after the inputs; removed when done)
  --fresh                  start again even if an interrupted audit of the same inputs can be resumed

  A progress bar is drawn on a terminal (nothing when stderr is not one). Killed half-way, the same
  command resumes: finished files are not read again. Exit 0 unless the audit itself could not run
  (2: wrong command line; 3: no input could be found or --since cannot be read; 1: an output could not
  be written).`;

export interface AuditArgs {
  inputs: string[];
  report?: string;
  json?: string;
  csv?: string;
  since?: string;
  journal?: string;
  fresh: boolean;
  workers?: number;
  sensitivity: Sensitivity;
  help: boolean;
}

/** The options of `assay audit`, or the message for a wrong command line. */
export function parseAuditArgs(argv: readonly string[]): AuditArgs | string {
  const args: AuditArgs = { inputs: [], fresh: false, sensitivity: 'cautious', help: false };
  const value = (i: number, option: string, what: string): string | { error: string } => {
    const v = argv[i];
    return v === undefined || v.startsWith('--') ? { error: `${option} takes ${what}` } : v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const fileOption = { '--report': 'report', '--json': 'json', '--csv': 'csv', '--since': 'since', '--journal': 'journal' } as const;
    if (arg in fileOption) {
      const v = value(++i, arg, 'a file name');
      if (typeof v !== 'string') return v.error;
      args[fileOption[arg as keyof typeof fileOption]] = v;
    } else if (arg === '--sensitivity') {
      const parsed = SensitivitySchema.safeParse(argv[++i]);
      if (!parsed.success) return '--sensitivity takes cautious, balanced or sensitive';
      args.sensitivity = parsed.data;
    } else if (arg === '--workers') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 64) return '--workers takes a number from 1 to 64';
      args.workers = n;
    } else if (arg === '--fresh') args.fresh = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg.startsWith('--')) return `unknown option ${arg} for assay audit`;
    else args.inputs.push(arg);
  }
  if (!args.help && args.inputs.length === 0) return 'assay audit takes one or more folders, files or .txt lists of addresses';
  return args;
}
