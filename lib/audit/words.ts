import { t, type MessageKey } from '../i18n';
import type { FileProblem } from '../extract/files/types';
import { FileProblemSchema } from '../extract/files/types';
import { ChangeSchema, CertificateStatusSchema, GroupSourceSchema, type Change, type CertificateStatus, type GroupSource } from './schema';

/**
 * The audit's own words, in one table each: why a file has no verdict, how it compares with the last
 * audit, where its group came from, its certificate. Verdict wording is lib/report/labels.ts's. Each
 * entry reads the catalogue when it is read (lib/i18n/areas/audit.ts), so the tables follow the
 * language of the moment: the dashboard's, or the terminal's for the CLI.
 */
function table<K extends string>(keys: readonly K[], key: (k: K) => MessageKey): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of keys) Object.defineProperty(out, k, { enumerable: true, get: () => t(key(k)) });
  return out;
}

export const PROBLEM_TEXT: Record<FileProblem, string> = table(FileProblemSchema.options, (p) => `audit.problem.${p}` as const);

/** What a problem means for the user and what to do about it, in their language (the reader's own message is English). */
export const PROBLEM_HINT: Record<FileProblem, string> = table(FileProblemSchema.options, (p) => `audit.hint.${p}` as const);

export const CHANGE_TEXT: Record<Change, string> = table(ChangeSchema.options, (c) => `audit.change.${c}` as const);

export const GROUP_SOURCE_TEXT: Record<GroupSource, string> = table(GroupSourceSchema.options, (s) => `audit.groupSource.${s}` as const);

export const CERTIFICATE_TEXT: Record<CertificateStatus['status'], string> = table(CertificateStatusSchema.shape.status.options, (s) => `audit.certificate.${s}` as const);

/** "Not read: Encrypted" — the verdict column of a file that has none. */
export const notReadText = (problem: FileProblem | undefined) => t('audit.notRead', { problem: PROBLEM_TEXT[problem ?? 'unreadable'] });
