import { useEffect, type ComponentType } from 'react';
import { routeHash } from '../../../lib/ui/routes';
import { PlatformsPanel } from '../PlatformsPanel';
import { ProvidersPanel } from '../ProvidersPanel';
import { PageHeader, SubNav } from '../shell/layout';
import { Link, replaceRoute } from '../shell/router';
import type { SectionProps } from '../shell/section';
import { GeneralSettings } from './GeneralSettings';
import { ImageSettings } from './ImageSettings';
import { t } from '../../../lib/i18n';

export const SETTINGS_SECTION = 'settings';

/** The pages of Settings, each at `#/settings/<id>`; the first is where `#/settings` goes. */
export const SETTINGS_PAGES: readonly { id: string; title: string; component: ComponentType }[] = [
  {
    id: 'general',
    get title() {
      return t('settings.general');
    },
    component: GeneralSettings,
  },
  {
    id: 'platforms',
    get title() {
      return t('settings.page.platforms');
    },
    component: PlatformsPanel,
  },
  {
    id: 'second-opinions',
    get title() {
      return t('settings.page.opinions');
    },
    component: ProvidersPanel,
  },
  {
    id: 'images',
    get title() {
      return t('settings.page.images');
    },
    component: ImageSettings,
  },
];

export function SettingsSection({ path }: SectionProps) {
  const first = SETTINGS_PAGES[0]!;
  const pageId = path[0];
  const page = pageId === undefined ? first : SETTINGS_PAGES.find((p) => p.id === pageId);

  // `#/settings` is General: the address says so, without a history entry of its own.
  useEffect(() => {
    if (pageId === undefined) replaceRoute(routeHash(SETTINGS_SECTION, first.id));
  }, [pageId, first.id]);

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <SubNav label={t('settings.pages')} current={page?.id ?? ''} items={SETTINGS_PAGES.map((p) => ({ id: p.id, title: p.title, to: routeHash(SETTINGS_SECTION, p.id) }))} />
      <div className="settings-page" data-settings-page={page?.id ?? 'not-found'}>
        {page ? (
          <page.component />
        ) : (
          <p>
            {t('settings.noPage', { page: pageId ?? '' })} <Link to={routeHash(SETTINGS_SECTION, first.id)}>{t('settings.goTo', { page: first.title })}</Link>
          </p>
        )}
      </div>
    </>
  );
}
