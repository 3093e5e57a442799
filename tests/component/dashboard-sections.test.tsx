import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/options/App';
import { SECTIONS } from '../../entrypoints/options/sections';
import { SECTION_ID } from '../../components/dashboard/shell/section';
import { SETTINGS_PAGES } from '../../components/dashboard/settings/SettingsSection';
import { getDatabase } from '../../lib/store/db';
import { saveSettings } from '../../lib/settings/storage';
import { DEFAULT_SECTION } from '../../lib/ui/routes';
import { initialDashboardState } from '../../lib/ui/dashboard-slice';
import { useDashboardStore } from '../../lib/ui/stores';
import { record } from './fixtures';

const db = getDatabase();
function at(hash: string) {
  window.history.replaceState(null, '', `/options.html${hash}`);
}
const nav = () => screen.getByRole('navigation', { name: 'Dashboard' });
const NOT_AVAILABLE = /not available in this build/i;

beforeEach(async () => {
  fakeBrowser.reset();
  useDashboardStore.setState(initialDashboardState);
  await db.records.clear();
});

describe('the section registry', () => {
  it('holds each section once, with an address, a title, an icon and a screen; Records first, the default', () => {
    const ids = SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of SECTIONS) {
      expect(section.id).toMatch(SECTION_ID);
      expect(section.title.trim()).not.toBe('');
      expect(section.icon).toBeTruthy();
      expect(typeof section.component).toBe('function');
    }
    expect(ids[0]).toBe(DEFAULT_SECTION);
    expect(ids).toEqual(expect.arrayContaining(['records', 'audit', 'certificates', 'images', 'settings']));
  });

  it.each(SECTIONS.map((s) => [s.id, s] as const))('#/%s shows its own screen, named in the heading, the window title and the navigation', async (id, section) => {
    at(`#/${id}`);
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: section.title })).toBeInTheDocument();
    expect(document.title).toBe(`${section.title} · Assay dashboard`);
    const current = within(nav()).getByRole('link', { current: 'page' });
    expect(current).toHaveAttribute('href', `#/${id}`);
    // Placeholders say plainly that nothing works yet; real sections never say so.
    if (section.planned) {
      expect(screen.getByRole('main')).toHaveTextContent(NOT_AVAILABLE);
      expect(screen.getByRole('heading', { level: 2, name: 'Not available in this build yet' })).toBeInTheDocument();
      expect(current).toHaveAccessibleName(`${section.title} (not available in this build yet)`);
    } else {
      await waitFor(() => expect(screen.getByRole('main').textContent).not.toBe(''));
      expect(screen.getByRole('main')).not.toHaveTextContent(NOT_AVAILABLE);
      expect(current).not.toHaveAccessibleName(NOT_AVAILABLE);
    }
  });

  it('has no placeholder left: Audit and Certificates are real sections', () => {
    expect(SECTIONS.filter((s) => s.planned).map((s) => s.id)).toEqual([]);
  });

  it('counts the records in the navigation, live', async () => {
    at('#/settings/general');
    render(<App />);
    const records = within(nav()).getByRole('link', { name: /^Records/ });
    await waitFor(() => expect(records).toHaveAccessibleName('Records (0 records)'));
    await db.records.bulkPut([record({ id: 'a' }), record({ id: 'b', source: { kind: 'page', url: 'https://b.example', title: 'B' } })]);
    await waitFor(() => expect(records).toHaveAccessibleName('Records (2 records)'));
  });
});

describe('settings pages', () => {
  it('#/settings is General, without a history entry of its own', async () => {
    at('#/settings');
    const before = window.history.length;
    render(<App />);
    await waitFor(() => expect(window.location.hash).toBe('#/settings/general'));
    expect(window.history.length).toBe(before);
    const pages = screen.getByRole('navigation', { name: 'Settings pages' });
    expect(within(pages).getByRole('link', { current: 'page' })).toHaveTextContent('General');
    expect(await screen.findByLabelText('Highlight passages in the page')).toBeInTheDocument();
  });

  it.each([
    ['general', () => screen.findByLabelText('Highlight passages in the page')],
    ['platforms', () => screen.findByRole('heading', { name: 'Where Assay checks deliverables' })],
    ['second-opinions', () => screen.findByRole('heading', { name: 'Second opinions (remote classifiers)' })],
    ['images', () => screen.findByLabelText(/signers you trust/)],
  ])('#/settings/%s shows that page alone', async (id, find) => {
    at(`#/settings/${id}`);
    render(<App />);
    expect(await find()).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Settings pages' })).getByRole('link', { current: 'page' })).toHaveAttribute('href', `#/settings/${id}`);
    expect(document.querySelectorAll('.settings-page')).toHaveLength(1);
    expect(document.querySelector('.settings-page')).toHaveAttribute('data-settings-page', id);
  });

  it('has a page per entry, in order, reached by its link', async () => {
    const user = userEvent.setup();
    expect(SETTINGS_PAGES.map((p) => p.id)).toEqual(['general', 'platforms', 'second-opinions', 'images']);
    at('#/settings/general');
    render(<App />);
    const pages = screen.getByRole('navigation', { name: 'Settings pages' });
    await user.click(within(pages).getByRole('link', { name: 'Platforms' }));
    expect(window.location.hash).toBe('#/settings/platforms');
    expect(await screen.findByRole('heading', { name: 'Where Assay checks deliverables' })).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { current: 'page' })).toHaveAttribute('href', '#/settings');
  });

  it('says so for a settings page that does not exist', async () => {
    at('#/settings/colours');
    render(<App />);
    expect(await screen.findByText(/There is no settings page “colours”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to General' })).toHaveAttribute('href', '#/settings/general');
  });
});

describe('check images', () => {
  it('is its own tool, and says which signers are trusted, one link from where they are set', async () => {
    await saveSettings({ trustAnchors: `-----BEGIN CERTIFICATE-----\n${'QUJD'.repeat(16)}\n-----END CERTIFICATE-----` });
    at('#/images');
    render(<App />);
    expect(screen.getByRole('button', { name: 'Choose files…' })).toBeInTheDocument();
    expect(screen.getByLabelText('Images to check')).toBeInTheDocument();
    expect(await screen.findByText(/Signers you trust: 1 certificate\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change in Settings › Images' })).toHaveAttribute('href', '#/settings/images');
    // One heading for the tool: the page's.
    expect(screen.getAllByRole('heading', { name: 'Check images' })).toHaveLength(1);
  });
});
