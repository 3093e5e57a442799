import { dateTime, LOCALES, t } from '../i18n';
import type { AuditRow } from '../audit/schema';

/**
 * An audit's name as the dashboard shows it. Assay names an audit by when it started ("Audit of
 * 2/12/2026, 13.05.00"), in the language of that moment; such a name is said again in today's
 * language, while a name given otherwise (by a test, or a user one day) is shown as it is.
 */
const givenPrefixes = () => LOCALES.map((locale) => t('audit.name', { when: '' }, locale));

export const newAuditName = (startedAt: number) => t('audit.name', { when: dateTime(startedAt) });

export function auditName(audit: Pick<AuditRow, 'name' | 'startedAt'>): string {
  return givenPrefixes().some((prefix) => audit.name.startsWith(prefix)) ? newAuditName(audit.startedAt) : audit.name;
}
