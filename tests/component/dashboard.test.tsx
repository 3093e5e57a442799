import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/options/App';
import { getDatabase } from '../../lib/store/db';
import { loadSettings } from '../../lib/settings/storage';
import { initialDashboardState } from '../../lib/ui/dashboard-slice';
import { useDashboardStore } from '../../lib/ui/stores';
import { record } from './fixtures';
import { DocumentLabelSchema } from '../../lib/schema/verdict';
import { LABELS } from '../../lib/report/labels';

const db = getDatabase();

/** The dashboard as opened at an address (the records list unless said). */
function at(hash = '#/records') {
  window.history.replaceState(null, '', `/options.html${hash}`);
}

beforeEach(async () => {
  fakeBrowser.reset();
  useDashboardStore.setState(initialDashboardState);
  at();
  await db.records.clear();
});
afterEach(async () => {
  await db.records.clear();
});

async function seed() {
  await db.records.bulkPut([
    record({ id: 'r1', scannedAt: 3, source: { kind: 'page', url: 'https://a.example/1', title: 'Brand strategy' } }, 'mixed'),
    record({ id: 'r2', scannedAt: 2, source: { kind: 'page', url: 'https://b.example/2', title: 'Travel blog' } }, 'human'),
    record({ id: 'r3', scannedAt: 1, source: { kind: 'sample', url: 'samples/x.html', title: 'Sample deliverable' } }, 'ai'),
  ]);
}

describe('dashboard', () => {
  it('has a helpful empty state: what Records is for and how to get the first one', async () => {
    render(<App />);
    const empty = await screen.findByRole('region', { name: 'No records yet' });
    expect(within(empty).getByText(/press/)).toHaveTextContent('click the Assay icon in the browser’s toolbar and press Scan this page');
    // The platforms named are the registry's.
    expect(within(empty).getByText(/turn that platform on/)).toHaveTextContent(/Google Docs, Figma, Gmail or Outlook on the web/);
    expect(within(empty).getByRole('link', { name: 'Set up platforms' })).toHaveAttribute('href', '#/settings/platforms');
    expect(within(empty).getByRole('button', { name: 'Import JSON' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('lists every record newest first, and shows a new one without reload', async () => {
    await seed();
    render(<App />);
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(3));
    expect(screen.getAllByTestId('record-row').map((r) => r.querySelector('.record-title')?.textContent)).toEqual(['Brand strategy', 'Travel blog', 'Sample deliverable']);
    await act(() => db.records.put(record({ id: 'r4', scannedAt: 10, source: { kind: 'page', url: 'https://c.example', title: 'Fresh scan' } })));
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(4));
    expect(within(screen.getAllByTestId('record-row')[0]!).getByText('Fresh scan')).toBeInTheDocument();
  });

  it('filters by label and by source', async () => {
    const user = userEvent.setup();
    await seed();
    render(<App />);
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Label'), 'human');
    expect(screen.getAllByTestId('record-row')).toHaveLength(1);
    expect(screen.getByText('Travel blog')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Label'), 'all');
    await user.selectOptions(screen.getByLabelText('Source'), 'sample');
    expect(screen.getAllByTestId('record-row')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Label'), 'human');
    expect(screen.getByText('No record matches these filters.')).toBeInTheDocument();
    expect(screen.getByText('0 of 3 records')).toBeInTheDocument();
  });

  it('offers every document label of the schema, in the label table’s words', async () => {
    await seed();
    render(<App />);
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(3));
    const options = within(screen.getByLabelText('Label')).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('value'))).toEqual(['all', ...DocumentLabelSchema.options]);
    expect(options.slice(1).map((o) => o.textContent)).toEqual(DocumentLabelSchema.options.map((label) => LABELS[label].text));
    expect(options.map((o) => o.textContent)).toContain('Unsure');
  });

  it('opens a record with the keyboard and shows every passage verdict', async () => {
    const user = userEvent.setup();
    await seed();
    render(<App />);
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(3));
    const row = screen.getAllByTestId('record-row')[0]!;
    row.focus();
    await user.keyboard('{Enter}');
    const detail = await screen.findByRole('region', { name: 'Record detail' });
    expect(within(detail).getByRole('heading', { name: 'All passages (3)' })).toBeInTheDocument();
    expect(within(detail).getByText(/too short to judge/)).toBeInTheDocument();
    // The record has its own address, and the focus moved to it.
    expect(window.location.hash).toBe('#/records/r1');
    expect(detail.parentElement).toHaveFocus();
    // Close returns to the list's address and to the row it was opened from.
    await user.click(within(detail).getByRole('button', { name: 'Close' }));
    expect(window.location.hash).toBe('#/records');
    expect(screen.queryByRole('region', { name: 'Record detail' })).toBeNull();
    await waitFor(() => expect(screen.getAllByTestId('record-row')[0]).toHaveFocus());
  });

  it('opens a record from its address (a link from the popup, a reload), and says so when it is gone', async () => {
    await seed();
    at('#/records/r2');
    render(<App />);
    const detail = await screen.findByRole('region', { name: 'Record detail' });
    expect(within(detail).getByRole('heading', { level: 2, name: 'Travel blog' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Records/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByTestId('record-row').find((r) => r.getAttribute('aria-selected') === 'true')).toHaveTextContent('Travel blog');

    // An address changed while the dashboard is open (the popup pointing it at another record).
    await act(async () => {
      window.location.hash = '#/records/r3';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Sample deliverable' })).toBeInTheDocument();

    await act(async () => {
      window.location.hash = '#/records/deleted-long-ago';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const missing = await screen.findByRole('region', { name: 'Record not found' });
    expect(missing).toHaveTextContent(/not in this browser: it may have been deleted/);
    expect(within(missing).getByRole('link', { name: 'All records' })).toHaveAttribute('href', '#/records');
  });

  it('deletes a record only after confirmation', async () => {
    const user = userEvent.setup();
    await seed();
    render(<App />);
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(3));
    await user.click(screen.getByText('Travel blog'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await db.records.count()).toBe(3);
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete record' }));
    await waitFor(() => expect(screen.getAllByTestId('record-row')).toHaveLength(2));
    expect(await db.records.get('r2')).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Record detail' })).toBeNull();
    // The deleted record's address is not left behind as a dead end.
    expect(window.location.hash).toBe('#/records');
  });

  it('saves settings at once and refuses invalid auto-scan hosts', async () => {
    const user = userEvent.setup();
    at('#/settings/general');
    render(<App />);
    const highlights = await screen.findByLabelText('Highlight passages in the page');
    expect(highlights).toBeChecked();
    await user.click(highlights);
    await waitFor(async () => expect((await loadSettings()).highlights).toBe(false));
    await user.selectOptions(screen.getByLabelText('Sensitivity'), 'balanced');
    await waitFor(async () => expect((await loadSettings()).sensitivity).toBe('balanced'));

    const sites = screen.getByLabelText(/^Sites to scan as their pages load/);
    await user.type(sites, 'docs.example.com{Enter}not a host{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save sites' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Not a host name: not a host');
    expect((await loadSettings()).autoScanSites).toEqual([]);
    await user.clear(sites);
    await user.type(sites, 'Docs.Example.com{Enter}*.agency.example');
    // Chrome refuses the sites: nothing is saved, and the user is told why.
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    await user.click(screen.getByRole('button', { name: 'Save sites' }));
    expect(await screen.findByText(/Your browser did not allow Assay to read these sites/)).toBeInTheDocument();
    expect((await loadSettings()).autoScanSites).toEqual([]);
    // Allowed: saved, and the permission asked was exactly these sites.
    request.mockResolvedValue(true as never);
    await user.click(screen.getByRole('button', { name: 'Save sites' }));
    await waitFor(async () => expect((await loadSettings()).autoScanSites).toEqual(['docs.example.com', '*.agency.example']));
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://docs.example.com/*', 'http://docs.example.com/*', 'https://*.agency.example/*', 'http://*.agency.example/*'] });
    expect(await screen.findByText(/pages on them are scanned as they load/)).toBeInTheDocument();
  });

  it('shows scanned text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><b>Quarterly</b> report';
    const base = record({ id: 'h1', source: { kind: 'page', url: 'https://evil.example/x', title: hostile } }, 'mixed');
    await db.records.put({ ...base, segments: base.segments.map((s, i) => (i === 0 ? { ...s, text: `<script>window.pwned=2</script>${hostile}` } : s)) });
    at('#/records/h1');
    render(<App />);
    const detail = await screen.findByRole('region', { name: 'Record detail' });
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent(hostile);
    expect(screen.getAllByText(hostile).length).toBeGreaterThan(0);
    expect(within(detail).getAllByText(`<script>window.pwned=2</script>${hostile}`).length).toBeGreaterThan(0);
    expect(document.querySelector('img, script, b')).toBeNull();
  });

  it('imports a JSON export back, and says what it did and what it skipped', async () => {
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('region', { name: 'No records yet' });
    const mine = record({ id: 'imported-1', source: { kind: 'page', url: 'https://client.example/imported', title: 'Imported report' } });
    const file = new File([JSON.stringify([mine, { not: 'a record' }])], 'assay-records.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Assay export to import'), file);
    expect(await screen.findByRole('status')).toHaveTextContent('Imported assay-records.json: 1 new record; 1 entry skipped, not a record (entry 2).');
    expect(await getDatabase().records.get('imported-1')).toEqual(mine);
    await user.upload(screen.getByLabelText('Assay export to import'), new File(['{"oops"'], 'bad.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was imported: The file is not JSON');
  });
});
