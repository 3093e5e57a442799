import { PLATFORM_IDS, PLATFORMS } from '../../../lib/platforms/registry';
import { routeHash } from '../../../lib/ui/routes';
import { EmptyState } from '../shell/layout';
import { Link } from '../shell/router';
import { t } from '../../../lib/i18n';

/** Platform names as a sentence: "Gmail, Outlook, Google Docs or Figma" (from the registry, so a new one shows). */
function platformNames(): string {
  const names = PLATFORM_IDS.map((id) => PLATFORMS[id].name);
  return names.length > 1 ? t('empty.or', { list: names.slice(0, -1).join(', '), last: names.at(-1)! }) : (names[0] ?? '');
}

/** No record at all yet: what Records is for, and the three ways to get one. */
export function RecordsEmpty({ onImport }: { onImport: () => void }) {
  return (
    <EmptyState
      icon="records"
      title={t('empty.title')}
      actions={
        <>
          <Link to={routeHash('settings', 'platforms')} className="button secondary">
            {t('empty.platforms')}
          </Link>
          <button type="button" className="secondary" onClick={onImport}>
            {t('records.importJson')}
          </button>
        </>
      }
    >
      <p>{t('empty.intro')}</p>
      <ol className="steps">
        <li>
          {t('empty.step1')} <strong>{t('popup.scan')}</strong>.
        </li>
        <li>{t('empty.step2', { platforms: platformNames() })}</li>
        <li>{t('empty.step3')}</li>
      </ol>
    </EmptyState>
  );
}
