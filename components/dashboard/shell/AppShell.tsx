import { useEffect, useRef, useState } from 'react';
import { routeHash } from '../../../lib/ui/routes';
import { Icon } from './icons';
import { moveFocusWithArrows } from './keys';
import { PageHeader } from './layout';
import { isEmptyHash, Link, replaceRoute, useRoute } from './router';
import type { DashboardSection } from './section';
import { getLocale, t } from '../../../lib/i18n';

function NavItem({ section, current }: { section: DashboardSection; current: boolean }) {
  // A hook from the registry: the same sections render in the same order, so the call order is stable.
  const count = section.badge?.useCount();
  return (
    <li>
      <Link to={routeHash(section.id)} className="nav-link" aria-current={current ? 'page' : undefined} data-section={section.id}>
        <span className="nav-icon">{section.icon}</span>
        <span className="nav-label">
          <span className="nav-full">{section.title}</span>
          {section.short && (
            <span className="nav-short" aria-hidden="true">
              {section.short}
            </span>
          )}
        </span>
        {count !== undefined && section.badge && (
          <span className="nav-badge">
            <span aria-hidden="true">{count}</span>
            <span className="visually-hidden"> ({section.badge.describe(count)})</span>
          </span>
        )}
        {section.planned && (
          <>
            <span className="nav-soon" aria-hidden="true">
              {t('dashboard.shell.soon')}
            </span>
            <span className="visually-hidden">{t('shell.notAvailable')}</span>
          </>
        )}
      </Link>
    </li>
  );
}

function NotFound({ hash, home }: { hash: string; home: DashboardSection }) {
  return (
    <>
      <PageHeader title={t('dashboard.notFound.title')} description={t('dashboard.notFound.text', { hash })} />
      <p>
        <Link to={routeHash(home.id)}>{t('dashboard.notFound.goTo', { section: home.title })}</Link>
      </p>
    </>
  );
}

/**
 * The dashboard's frame: a persistent navigation (a sidebar on wide windows, a bar across the top on
 * narrow ones; CSS decides), and the current section's screen in the main landmark. Sections come in as
 * a list (entrypoints/options/sections.tsx), so the shell knows none of them; the first is the default.
 */
export function AppShell({ sections }: { sections: readonly DashboardSection[] }) {
  const route = useRoute();
  const home = sections[0];
  const sectionId = isEmptyHash(route.hash) ? home?.id : route.section;
  const section = sections.find((s) => s.id === sectionId);
  const main = useRef<HTMLElement>(null);
  const nav = useRef<HTMLElement>(null);
  const shown = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // An address naming nothing at all (a first visit) becomes the first section's, in place.
  useEffect(() => {
    if (home && isEmptyHash(route.hash)) replaceRoute(routeHash(home.id));
  }, [home, route.hash]);

  // The window title, and the page's language for screen readers and hyphenation (the shell is remounted
  // when the language changes: components/LocaleRoot.tsx).
  useEffect(() => {
    document.title = section ? t('dashboard.shell.windowTitle', { section: section.title }) : t('dashboard.shell.title');
    document.documentElement.lang = getLocale();
  }, [section]);

  // After moving to another section: focus the new page's heading (screen readers read where they
  // are, Tab continues in the content), unless the user is moving along the navigation itself.
  useEffect(() => {
    const key = sectionId ?? null;
    const previous = shown.current;
    shown.current = key;
    if (previous === null || previous === key) return;
    if (nav.current?.contains(document.activeElement)) {
      setAnnouncement(section ? t('dashboard.shell.shown', { section: section.title }) : '');
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    (heading ?? main.current)?.focus();
  }, [sectionId, section]);

  if (!home) return null;
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // A fragment link would change the route: move focus instead.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('shell.skip')}
      </a>
      <header className="app-bar">
        <Link to={routeHash(home.id)} className="brand">
          <Icon name="mark" size={22} />
          <span>
            Assay <span className="brand-sub">{t('shell.dashboard')}</span>
          </span>
        </Link>
        <nav ref={nav} className="app-nav" aria-label={t('dashboard.shell.nav')}>
          <ul onKeyDown={moveFocusWithArrows}>
            {sections.map((s) => (
              <NavItem key={s.id} section={s} current={s.id === section?.id} />
            ))}
          </ul>
        </nav>
        <p className="app-note">{t('shell.note')}</p>
      </header>
      <main id="main" ref={main} className="app-main" tabIndex={-1} data-section={section?.id ?? 'not-found'}>
        {section ? <section.component key={section.id} path={route.path} /> : <NotFound hash={window.location.hash} home={home} />}
      </main>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
