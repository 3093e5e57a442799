import { t } from '../../i18n';
import { SensitivitySchema, type Sensitivity } from '../../schema/sensitivity';

/** `assay audit --help`, in the terminal's language. */
export const auditUsage = () => t('cli.audit.usage');

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
  const value = (i: number, option: string): string | { error: string } => {
    const v = argv[i];
    return v === undefined || v.startsWith('--') ? { error: t('cli.audit.takesFile', { option }) } : v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const fileOption = { '--report': 'report', '--json': 'json', '--csv': 'csv', '--since': 'since', '--journal': 'journal' } as const;
    if (arg in fileOption) {
      const v = value(++i, arg);
      if (typeof v !== 'string') return v.error;
      args[fileOption[arg as keyof typeof fileOption]] = v;
    } else if (arg === '--sensitivity') {
      const parsed = SensitivitySchema.safeParse(argv[++i]);
      if (!parsed.success) return t('cli.error.sensitivity');
      args.sensitivity = parsed.data;
    } else if (arg === '--workers') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 64) return t('cli.audit.workers');
      args.workers = n;
    } else if (arg === '--fresh') args.fresh = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg.startsWith('--')) return t('cli.audit.unknownOption', { option: arg });
    else args.inputs.push(arg);
  }
  if (!args.help && args.inputs.length === 0) return t('cli.audit.noInputs');
  return args;
}
