import { browser } from 'wxt/browser';
import { recordHash, routeHash, DEFAULT_SECTION } from './routes';

/** The dashboard is the extension's options page (entrypoints/options, opened in a tab). */
export const DASHBOARD_PAGE = '/options.html';

export function dashboardUrl(hash: string = routeHash(DEFAULT_SECTION)): string {
  return `${browser.runtime.getURL(DASHBOARD_PAGE)}${hash}`;
}

/** What this needs of an open extension page's window: its own `tabs.getCurrent`. */
type View = Window & { chrome?: { tabs?: { getCurrent?: () => Promise<{ id?: number; windowId?: number } | undefined> } } };
type ViewsApi = { getViews?: (filter: { type: 'tab' }) => View[] } | undefined;

/**
 * Opens the dashboard at a record (or at the records list). An open dashboard tab is pointed there and
 * brought forward, so links from the popup do not pile up tabs; otherwise a new tab opens at that
 * address. (`runtime.openOptionsPage` cannot carry a fragment, and finds an open tab only in the current
 * window.) `extension.getViews` exists in extension pages such as the popup; elsewhere a tab opens.
 */
export async function openDashboard(recordId?: string): Promise<void> {
  const hash = recordId ? recordHash(recordId) : routeHash(DEFAULT_SECTION);
  const views = (browser.extension as unknown as ViewsApi)?.getViews?.({ type: 'tab' }) ?? [];
  const open = views.find((view) => view.location.pathname === DASHBOARD_PAGE);
  const tab = await open?.chrome?.tabs?.getCurrent?.().catch(() => undefined);
  if (open && tab?.id !== undefined) {
    open.location.hash = hash;
    await browser.tabs.update(tab.id, { active: true });
    // The tab is already the active one in its window; a window that cannot take focus (some window
    // managers, a headless browser) leaves it shown there, which is all that is lost.
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    return;
  }
  await browser.tabs.create({ url: dashboardUrl(hash) });
}
