import { ImagesSection } from '../../components/dashboard/images/ImagesSection';
import { RecordsSection, useRecordCount } from '../../components/dashboard/records/RecordsSection';
import { SettingsSection } from '../../components/dashboard/settings/SettingsSection';
import { Icon } from '../../components/dashboard/shell/icons';
import type { DashboardSection } from '../../components/dashboard/shell/section';
import { imageReader } from './image-reader';
import { CertificatesScreen } from './certificates';
import { plural, t } from '../../lib/i18n';
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
    get title() {
      return t('section.records');
    },
    icon: <Icon name="records" />,
    component: RecordsSection,
    badge: { useCount: useRecordCount, describe: (n) => plural('section.records.count', n) },
  },
  {
    id: 'audit',
    get title() {
      return t('section.audit');
    },
    icon: <Icon name="audit" />,
    component: AuditScreen,
    badge: { useCount: useUnfinishedAudits, describe: (n) => plural('section.audit.unfinished', n) },
  },
  {
    id: 'certificates',
    get title() {
      return t('section.certificates');
    },
    get short() {
      return t('section.certificates.short');
    },
    icon: <Icon name="certificate" />,
    component: CertificatesScreen,
  },
  {
    id: 'images',
    get title() {
      return t('section.images');
    },
    get short() {
      return t('section.images.short');
    },
    icon: <Icon name="image" />,
    component: CheckImages,
  },
  {
    id: 'settings',
    get title() {
      return t('section.settings');
    },
    icon: <Icon name="settings" />,
    component: SettingsSection,
  },
];
