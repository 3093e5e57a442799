import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanStatus, TabRecord } from '../../lib/messaging/protocol';
import { initialPopupState } from '../../lib/ui/popup-slice';
import { usePopupStore } from '../../lib/ui/stores';
import { record } from './fixtures';
import { platformOfUrl } from '../../lib/platforms/registry';

const sendMessage = vi.fn();
let progressHandler: ((status: ScanStatus) => unknown) | undefined;

vi.mock('../../lib/messaging/send', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
vi.mock('../../lib/messaging/receive', () => ({
  onMessages: (handlers: { 'scan.progress': (status: ScanStatus) => unknown }) => {
    progressHandler = handlers['scan.progress'];
    return () => (progressHandler = undefined);
  },
}));

const { App } = await import('../../entrypoints/popup/App');

const idle = (tabId = 7): ScanStatus => ({ tabId, stage: 'idle', done: 0, total: 0 });
function tabRecord(over: Partial<TabRecord> = {}): TabRecord {
  return { url: 'https://client.example/report', title: 'Quarterly report', record: null, platform: null, status: idle(), highlightsVisible: true, ...over };
}

beforeEach(() => {
  sendMessage.mockReset();
  usePopupStore.setState(initialPopupState);
  window.history.replaceState(null, '', '/popup.html?tabId=7');
});

describe('popup', () => {
  it('offers a scan when the page has no record, with the privacy note', async () => {
    sendMessage.mockResolvedValueOnce(tabRecord());
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Scan this page' })).toBeEnabled();
    expect(screen.getByText(/nothing is sent anywhere/)).toBeInTheDocument();
    expect(sendMessage).toHaveBeenCalledWith('tab.get', { tabId: 7 });
  });

  it.each([
    ['https://docs.google.com/document/d/1AssayFixtureEditorAccessAbCdEfGh/edit', /Google Docs draws on a canvas/],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH', /In Gmail, Assay checks each message from the chip/],
    ['https://www.figma.com/design/AssayFixtureLanding01/x', /Figma draws with WebGL/],
  ])('on a platform page (%s) says where Assay works there', async (url, hint) => {
    sendMessage.mockResolvedValueOnce(tabRecord({ url, platform: platformOfUrl(url) ?? null }));
    render(<App />);
    expect(await screen.findByText(hint)).toBeInTheDocument();
  });

  it('on a platform page with the platform’s own record, shows it and offers Check again instead of a page scan', async () => {
    const url = 'https://mail.google.com/mail/u/0/#label/clients/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH';
    const gmailRecord = { ...record(), source: { kind: 'gmail' as const, url: 'https://mail.google.com/mail/u/0/#all/18d5', title: 'Homepage copy — Sam Reyes', thread: url } };
    sendMessage.mockResolvedValueOnce(tabRecord({ url, platform: 'gmail', record: gmailRecord }));
    render(<App />);
    expect(await screen.findByText(/Checked with Assay’s Gmail chip: Homepage copy — Sam Reyes/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeEnabled();
    expect(screen.queryByText(/turn Gmail on in the dashboard/)).toBeNull();
  });

  it('gives no platform hint on an ordinary page', async () => {
    sendMessage.mockResolvedValueOnce(tabRecord());
    render(<App />);
    await screen.findByRole('button', { name: 'Scan this page' });
    expect(document.querySelector('.platform-hint')).toBeNull();
  });

  it('says when a record was scored by an older model and offers the rescan there', async () => {
    sendMessage.mockResolvedValueOnce(tabRecord({ record: record({ engine: { name: 'Assay local detector', version: '0.1.0', modelVersion: '1-1jts7qu' } }) }));
    render(<App />);
    const note = await screen.findByTestId('older-model');
    expect(note).toHaveTextContent(/Scored by an older model \(1-1jts7qu\)/);
    sendMessage.mockResolvedValueOnce({ tabId: 7, stage: 'extracting', done: 0, total: 0 });
    await userEvent.click(within(note).getByRole('button', { name: 'Rescan' }));
    expect(sendMessage).toHaveBeenCalledWith('scan.start', { tabId: 7 });
  });

  it('says nothing of models when the record is from the shipped one', async () => {
    sendMessage.mockResolvedValueOnce(tabRecord({ record: record() }));
    render(<App />);
    await screen.findByTestId('provenance-badge');
    expect(screen.queryByTestId('older-model')).toBeNull();
  });

  it('shows a stored record at once, with its scan time and a Rescan button, without rescanning', async () => {
    sendMessage.mockResolvedValueOnce(tabRecord({ record: record({ scannedAt: Date.now() - 5 * 60_000 }) }));
    render(<App />);
    expect(await screen.findByTestId('provenance-badge')).toHaveAttribute('data-label', 'mixed');
    expect(screen.getByText('Scanned 5 minutes ago')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rescan' })).toBeInTheDocument();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('runs a scan: progress while it runs, then the new record', async () => {
    const user = userEvent.setup();
    sendMessage.mockResolvedValueOnce(tabRecord());
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(sendMessage).toHaveBeenCalledWith('scan.start', { tabId: 7 });
    act(() => void progressHandler?.({ tabId: 7, stage: 'detecting', done: 50, total: 200 }));
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('Scoring passages 50 / 200…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scan this page' })).toBeDisabled();
    sendMessage.mockResolvedValueOnce(tabRecord({ record: record() }));
    act(() => void progressHandler?.({ tabId: 7, stage: 'done', done: 200, total: 200, recordId: 'rec-1' }));
    expect(await screen.findByTestId('provenance-badge')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('ignores progress for another tab', async () => {
    sendMessage.mockResolvedValueOnce(tabRecord());
    render(<App />);
    await screen.findByRole('button', { name: 'Scan this page' });
    act(() => void progressHandler?.({ tabId: 99, stage: 'detecting', done: 1, total: 2 }));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('explains a failed scan kindly', async () => {
    sendMessage.mockResolvedValueOnce(tabRecord());
    render(<App />);
    await screen.findByRole('button', { name: 'Scan this page' });
    const failure: ScanStatus = { tabId: 7, stage: 'error', done: 0, total: 0, error: 'Browser pages and the extension store cannot be scanned.' };
    sendMessage.mockResolvedValueOnce(tabRecord({ status: failure }));
    act(() => void progressHandler?.(failure));
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot be scanned');
    expect(screen.getByRole('button', { name: 'Scan this page' })).toBeEnabled();
  });

  it('toggles the highlights in the page', async () => {
    const user = userEvent.setup();
    sendMessage.mockResolvedValueOnce(tabRecord({ record: record() }));
    render(<App />);
    const toggle = await screen.findByLabelText('Show highlights');
    expect(toggle).toBeChecked();
    sendMessage.mockResolvedValueOnce({ ok: true });
    await user.click(toggle);
    expect(sendMessage).toHaveBeenLastCalledWith('highlights.set', { tabId: 7, visible: false });
    await waitFor(() => expect(toggle).not.toBeChecked());
  });

  it('reads images from other sites only after the user allows those sites', async () => {
    const { browser } = await import('wxt/browser');
    const user = userEvent.setup();
    const image = { id: 'i1', url: 'https://cdn.elsewhere.net/a.jpg', alt: 'Hero shot', width: 400, height: 300, provenance: null, error: 'not read: hosted on another site', notRead: 'other-site' as const };
    sendMessage.mockResolvedValueOnce(tabRecord({ record: record({ images: [image] }) }));
    const request = vi.fn(async () => false);
    (browser as unknown as { permissions: { request: typeof request } }).permissions.request = request;
    render(<App />);
    expect(await screen.findByText(/hosted elsewhere \(cdn\.elsewhere\.net\)/)).toBeInTheDocument();
    // Declined: nothing is read, and the popup says so.
    await user.click(screen.getByRole('button', { name: 'Read images from other sites' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://cdn.elsewhere.net/*'] });
    expect(await screen.findByRole('status')).toHaveTextContent('The browser did not allow those sites');
    expect(sendMessage).not.toHaveBeenCalledWith('images.read', expect.anything());
    // Allowed: the background reads them and the popup shows the updated record.
    request.mockResolvedValueOnce(true);
    const read = { ...image, provenance: null, error: undefined, notRead: undefined };
    sendMessage.mockResolvedValueOnce({ read: 1, notAllowed: 0 }).mockResolvedValueOnce(tabRecord({ record: record({ images: [{ ...read, provenance: { verdict: 'no-provenance', summary: 'No provenance data in the file.', evidence: [], sha256: 'a'.repeat(64), mimeType: 'image/jpeg', bytes: 10 } }] }) }));
    await user.click(screen.getByRole('button', { name: 'Read images from other sites' }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith('images.read', { recordId: 'rec-1', tabId: 7 }));
    expect(await screen.findByText('No provenance data in the file.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Read images from other sites' })).toBeNull();
  });

  it('shows an error when the background cannot be reached', async () => {
    sendMessage.mockRejectedValueOnce(new Error('No one answered "tab.get".'));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('No one answered');
  });
});
