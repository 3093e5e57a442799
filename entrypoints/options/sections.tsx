import { ImagesSection } from '../../components/dashboard/images/ImagesSection';
import { RecordsSection, useRecordCount } from '../../components/dashboard/records/RecordsSection';
import { SettingsSection } from '../../components/dashboard/settings/SettingsSection';
import { Icon } from '../../components/dashboard/shell/icons';
import { plannedSection } from '../../components/dashboard/shell/PlannedSection';
import type { DashboardSection } from '../../components/dashboard/shell/section';
import { imageReader } from './image-reader';
import { CertificatesScreen } from './certificates';
import { plural, t } from '../../lib/i18n';

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
    // Slot for the portfolio audit (issue 13): put its screen here and drop `planned`.
    planned: true,
    component: plannedSection({
      title: 'Audit',
      summary: 'Check a whole portfolio of delivered files and pages at once, and see what changed since the last audit.',
      will: [
        'Take dropped files and folders (text, Markdown, HTML, Word, PDF, e-mail, images, zip archives) or a list of page addresses, and scan them all, with progress, cancel and resume.',
        'Show one row per file with its freelancer or project, verdict, AI share and the provenance of its images; group, filter and sort them.',
        'Keep every audit, so running one again shows new, changed and unchanged files and changed verdicts.',
        'Export the results as CSV, JSON or a self-contained HTML report to hand over.',
      ],
      meanwhile: 'Scan pages one at a time from the Assay button in the toolbar; their records, and their export, are in Records.',
    }),
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
