import { t } from '../i18n';
import { sayStored, type StoredRule } from '../i18n/stored';

/**
 * Why a Google Doc's writing history could not be read, in the reader's language. The Docs reader
 * (lib/platforms/docs/read.ts, content.ts) writes the reason in English and records keep it so; a
 * reason no pattern knows is shown as written (tests/unit/i18n/dashboard-words.test.ts holds the
 * reader's sentences, so a changed one fails there).
 */
const REASONS: readonly StoredRule[] = [
  [/^A pasted selection carries no writing history\.$/, () => t('dashboard.history.reason.pasted')],
  [/^Google Docs did not publish this document’s revision count, so its writing history was not read\.$/, () => t('dashboard.history.reason.noCount')],
  [/^Google Docs could not be reached for the writing history\.$/, () => t('dashboard.history.reason.unreachable')],
  [/^Only people who can edit a document may read its writing history; you have view-only access\.$/, () => t('dashboard.history.reason.viewOnly')],
  [/^Google Docs refused the writing history \((\d+)\)\.$/, (m) => t('dashboard.history.reason.refused', { status: m[1]! })],
  [/^The writing history could not be used: (.*)\.$/s, (m) => t('dashboard.history.reason.unusable', { error: m[1]! })],
];

export function processReasonText(reason: string | undefined): string {
  if (reason === undefined) return t('dashboard.history.unknownReason');
  return sayStored(reason, REASONS);
}
