import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dashboardUrl, openDashboard } from '../../../lib/ui/dashboard-link';

/** An open extension page as `extension.getViews` returns it: its address and its own `tabs.getCurrent`. */
function view(pathname: string, tab: { id: number; windowId: number }) {
  return { location: { pathname, hash: '' }, chrome: { tabs: { getCurrent: async () => tab } } };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('opening the dashboard from the popup', () => {
  it('opens a new tab at the record’s own address when no dashboard is open', async () => {
    vi.spyOn(browser.extension, 'getViews').mockReturnValue([view('/popup.html', { id: 1, windowId: 1 })] as never);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await openDashboard('0d6f3c1e-8a9b-4c2d-9e1f-123456789abc');
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${browser.runtime.id}/options.html#/records/0d6f3c1e-8a9b-4c2d-9e1f-123456789abc` });
  });

  it('opens the records list without a record', async () => {
    vi.spyOn(browser.extension, 'getViews').mockReturnValue([] as never);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await openDashboard();
    expect(create).toHaveBeenCalledWith({ url: dashboardUrl('#/records') });
  });

  it('points an open dashboard at the record and brings its tab forward instead of opening another', async () => {
    const dashboard = view('/options.html', { id: 42, windowId: 3 });
    vi.spyOn(browser.extension, 'getViews').mockReturnValue([view('/popup.html', { id: 1, windowId: 1 }), dashboard] as never);
    const create = vi.spyOn(browser.tabs, 'create');
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const focus = vi.spyOn(browser.windows, 'update').mockResolvedValue({} as never);
    await openDashboard('a/b');
    expect(dashboard.location.hash).toBe('#/records/a%2Fb');
    expect(update).toHaveBeenCalledWith(42, { active: true });
    expect(focus).toHaveBeenCalledWith(3, { focused: true });
    expect(create).not.toHaveBeenCalled();
  });

  it('opens a tab where there are no extension views to ask (outside an extension page)', async () => {
    vi.spyOn(browser.extension, 'getViews').mockReturnValue(undefined as never);
    const create = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await openDashboard('r1');
    expect(create).toHaveBeenCalledWith({ url: dashboardUrl('#/records/r1') });
  });
});
