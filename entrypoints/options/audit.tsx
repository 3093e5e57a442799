import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { AuditSection } from '../../components/audit/AuditSection';
import { navigate } from '../../components/dashboard/shell/router';
import type { SectionProps } from '../../components/dashboard/shell/section';
import { getDatabase } from '../../lib/store/db';
import { routeHash } from '../../lib/ui/routes';
import { extensionAuditAdapter } from './audit-adapter';

/** Audits ids are UUIDs: anything longer in a hand-edited address is not one. */
const MAX_AUDIT_ID = 100;

const selectAudit = (id: string | null) => navigate(id ? routeHash('audit', id) : routeHash('audit'));

/** The dashboard's Audit section: `#/audit` shows the latest audit, `#/audit/<audit id>` that one. */
export function AuditScreen({ path }: SectionProps) {
  const [adapter] = useState(extensionAuditAdapter);
  const auditId = path[0]?.slice(0, MAX_AUDIT_ID);
  return <AuditSection adapter={adapter} {...(auditId ? { auditId } : {})} onSelectAudit={selectAudit} />;
}

/** Audits not finished (being read, or interrupted and waiting for Resume), for the navigation's badge; none shows no badge. */
export function useUnfinishedAudits(): number | undefined {
  const count = useLiveQuery(() => getDatabase().audits.where('state').equals('running').count(), []);
  return count || undefined;
}
