import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PlatformsPanel } from '../../components/dashboard/PlatformsPanel';
import { loadSettings } from '../../lib/settings/storage';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const row = (name: RegExp) => screen.getByRole('checkbox', { name }).closest('li')!;

describe('PlatformsPanel', () => {
  it('lists every platform off, with the hosts it would ask for', async () => {
    render(<PlatformsPanel />);
    const gmail = await screen.findByRole('checkbox', { name: 'Check messages in Gmail' });
    expect(gmail).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Check messages in Outlook on the web' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Check documents in Google Docs' })).not.toBeChecked();
    expect(within(row(/in Gmail/)).getByText(/Asks for: https:\/\/mail\.google\.com\./)).toBeVisible();
    // Automatic checks cannot be chosen for a platform that is off.
    expect(within(row(/in Gmail/)).getByRole('checkbox', { name: /as I open it/ })).toBeDisabled();
  });

  it('asks Chrome for the platform hosts only, and turns the platform on when allowed', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    render(<PlatformsPanel />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Check messages in Outlook on the web' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'] });
    await waitFor(async () => expect((await loadSettings()).platforms.outlook).toEqual({ enabled: true, autoScan: false }));
    await userEvent.click(within(row(/in Outlook/)).getByRole('checkbox', { name: /as I open it/ }));
    await waitFor(async () => expect((await loadSettings()).platforms.outlook).toEqual({ enabled: true, autoScan: true }));
  });

  it('keeps the platform off and says why when the user refuses the permission', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    render(<PlatformsPanel />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Check messages in Gmail' }));
    expect(await screen.findByText('Chrome did not allow Assay to read Gmail; it stays off.')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Check messages in Gmail' })).not.toBeChecked();
    expect((await loadSettings()).platforms.gmail).toBeUndefined();
  });
});
