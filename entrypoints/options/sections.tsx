import { ImagesSection } from '../../components/dashboard/images/ImagesSection';
import { RecordsSection, useRecordCount } from '../../components/dashboard/records/RecordsSection';
import { SettingsSection } from '../../components/dashboard/settings/SettingsSection';
import { Icon } from '../../components/dashboard/shell/icons';
import type { DashboardSection } from '../../components/dashboard/shell/section';
import { imageReader } from './image-reader';
import { CertificatesScreen } from './certificates';
import { AuditScreen, useUnfinishedAudits } from './audit';

function CheckImages() {
  return <ImagesSection read={imageReader} />;
}

/**
 * The dashboard's sections, in navigation order; the first is where the dashboard opens. A section is
 * one entry: id (its address, `#/<id>/…`), title, icon, the screen, and optionally a short label for the
 * narrow top bar and a badge count. docs/dashboard.md says how to add one.
 */
export const SECTIONS: readonly DashboardSection[] = [
  {
    id: 'records',
    title: 'Records',
    icon: <Icon name="records" />,
    component: RecordsSection,
    badge: { useCount: useRecordCount, describe: (n) => `${n} record${n === 1 ? '' : 's'}` },
  },
  {
    id: 'audit',
    title: 'Audit',
    icon: <Icon name="audit" />,
    component: AuditScreen,
    badge: { useCount: useUnfinishedAudits, describe: (n) => `${n} audit${n === 1 ? '' : 's'} not finished` },
  },
  {
    id: 'certificates',
    title: 'Certificates',
    short: 'Certify',
    icon: <Icon name="certificate" />,
    component: CertificatesScreen,
  },
  {
    id: 'images',
    title: 'Check images',
    short: 'Images',
    icon: <Icon name="image" />,
    component: CheckImages,
  },
  {
    id: 'settings',
    title: 'Settings',
    icon: <Icon name="settings" />,
    component: SettingsSection,
  },
];
