import { useEffect, type ComponentType } from 'react';
import { routeHash } from '../../../lib/ui/routes';
import { PlatformsPanel } from '../PlatformsPanel';
import { ProvidersPanel } from '../ProvidersPanel';
import { PageHeader, SubNav } from '../shell/layout';
import { Link, replaceRoute } from '../shell/router';
import type { SectionProps } from '../shell/section';
import { GeneralSettings } from './GeneralSettings';
import { ImageSettings } from './ImageSettings';

export const SETTINGS_SECTION = 'settings';

/** The pages of Settings, each at `#/settings/<id>`; the first is where `#/settings` goes. */
export const SETTINGS_PAGES: readonly { id: string; title: string; component: ComponentType }[] = [
  { id: 'general', title: 'General', component: GeneralSettings },
  { id: 'platforms', title: 'Platforms', component: PlatformsPanel },
  { id: 'second-opinions', title: 'Second opinions', component: ProvidersPanel },
  { id: 'images', title: 'Images', component: ImageSettings },
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
      <PageHeader title="Settings" description="How Assay scans, where it works and whom it may ask for a second opinion. Kept in this browser only." />
      <SubNav label="Settings pages" current={page?.id ?? ''} items={SETTINGS_PAGES.map((p) => ({ id: p.id, title: p.title, to: routeHash(SETTINGS_SECTION, p.id) }))} />
      <div className="settings-page" data-settings-page={page?.id ?? 'not-found'}>
        {page ? (
          <page.component />
        ) : (
          <p>
            There is no settings page “{pageId}”. <Link to={routeHash(SETTINGS_SECTION, first.id)}>Go to {first.title}</Link>
          </p>
        )}
      </div>
    </>
  );
}
