import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanStatus, TabRecord } from '../../../lib/messaging/protocol';
import { initialPopupState } from '../../../lib/ui/popup-slice';
import { usePopupStore } from '../../../lib/ui/stores';
import type { ImageRecord, ScanRecord } from '../../../lib/schema/record';
import { AI_IMAGE, record } from '../fixtures';
import { pseudoIndonesian, unmarked } from '../i18n-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { platformOfUrl } from '../../../lib/platforms/registry';
import { scanErrorText } from '../../../lib/page/rules';
import { setLocale } from '../../../lib/i18n';

const sendMessage = vi.fn();
vi.mock('../../../lib/messaging/send', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
vi.mock('../../../lib/messaging/receive', () => ({ onMessages: () => () => undefined }));
const { App: Popup } = await import('../../../entrypoints/popup/App');

const image = AI_IMAGE;
const idle = (tabId = 7): ScanStatus => ({ tabId, stage: 'idle', done: 0, total: 0 });
const tab = (over: Partial<TabRecord> = {}): TabRecord => ({ url: 'https://client.example/report', title: 'Quarterly report', record: null, platform: null, status: idle(), highlightsVisible: true, ...over });
let restore: () => void;
beforeEach(() => {
  sendMessage.mockReset();
  usePopupStore.setState(initialPopupState);
  window.history.replaceState(null, '', '/popup.html?tabId=7');
  restore = pseudoIndonesian();
});
afterEach(() => restore());

const NAMES = ['Quarterly report', 'Hero', 'SUMMARY', 'Assay', 'Assay server', 'Sapling', 'PROVIDER ERROR', 'Assay local detector', 'cdn.other.test'];

/** A record with everything a popup can show: omissions, second opinions (one failed), images of every kind. */
function fullRecord(which: 'mixed' | 'ai' | 'unsure' | 'human' | 'unknown'): ScanRecord {
  const base = record({}, which);
  const images: ImageRecord[] = [
    image,
    { ...image, id: 'i2', alt: 'Hero', provenance: { ...image.provenance!, verdict: 'captured' } },
    { ...image, id: 'i3', alt: 'Hero', provenance: { ...image.provenance!, verdict: 'credentials-invalid' } },
    { ...image, id: 'i4', alt: 'Hero', provenance: { ...image.provenance!, verdict: 'no-provenance' } },
    { ...image, id: 'i5', alt: 'Hero', url: 'https://cdn.other.test/a.jpg', provenance: null, error: 'not read: hosted on another site', notRead: 'other-site' },
  ];
  return {
    ...base,
    images,
    verdict: { ...base.verdict, omitted: { passages: 70_000, chars: 48_000_000, frames: 2, images: 12 }, detectors: [...base.verdict.detectors, { id: 'assay', name: 'Assay server', version: '2', kind: 'remote' }] },
    remote: {
      local: { label: 'mixed', probability: 0.48 },
      providers: [
        { id: 'assay', name: 'Assay server', ok: true, probability: 0.7, passages: 3 },
        { id: 'sapling', name: 'Sapling', ok: false, error: 'PROVIDER ERROR', passages: 0 },
      ],
      localOnly: false,
    },
  };
}

async function openEveryFold(container: HTMLElement) {
  for (const summary of container.querySelectorAll('details:not([open]) > summary')) await userEvent.click(summary);
  expect(container.querySelectorAll('details[open]').length).toBe(container.querySelectorAll('details').length);
}

describe('the popup in every state: every word from the catalogue', () => {
  it('the check finds words that did not come through the catalogue', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>⟦Periksa⟧ Scan this page</p><button aria-label="Close">⟦x⟧</button>';
    expect(unmarked(div)).toEqual(['Scan', 'this', 'page', 'Close']);
  });

  it('before a scan', async () => {
    sendMessage.mockResolvedValueOnce(tab());
    const { container } = render(<Popup />);
    await screen.findByText(/⟦Periksa halaman ini⟧/);
    expect(unmarked(container, NAMES)).toEqual([]);
  });

  it.each(['https://docs.google.com/document/d/abc/edit', 'https://www.figma.com/design/abc/x', 'https://mail.google.com/mail/u/0/', 'https://outlook.office.com/mail/'])('on a platform page (%s)', async (url) => {
    sendMessage.mockResolvedValueOnce(tab({ url, platform: platformOfUrl(url) ?? null }));
    const { container } = render(<Popup />);
    await waitFor(() => expect(container.querySelector('.platform-hint')).not.toBeNull());
    expect(unmarked(container, NAMES)).toEqual([]);
  });

  it('while scanning, at every stage', async () => {
    for (const stage of ['extracting', 'detecting', 'images', 'storing'] as const) {
      sendMessage.mockResolvedValueOnce(tab({ status: { tabId: 7, stage, done: 3, total: 12 } }));
      usePopupStore.setState({ ...initialPopupState, status: { tabId: 7, stage, done: 3, total: 12 } });
      const { container, unmount } = render(<Popup />);
      await waitFor(() => expect(container.querySelector('[role="progressbar"]')).not.toBeNull());
      expect(unmarked(container, NAMES), stage).toEqual([]);
      unmount();
    }
  });

  it('after a failed scan', async () => {
    sendMessage.mockResolvedValueOnce(tab()).mockRejectedValueOnce(new Error(scanErrorText(new Error('Cannot access contents of the page'))));
    const { container } = render(<Popup />);
    await userEvent.click(await screen.findByText(/⟦Periksa halaman ini⟧/));
    await screen.findByRole('alert');
    expect(unmarked(container, NAMES)).toEqual([]);
  });

  it.each(['mixed', 'ai', 'unsure', 'human', 'unknown'] as const)('with a %s record: omissions, opinions, every kind of image, every fold open', async (which) => {
    sendMessage.mockResolvedValueOnce(tab({ record: fullRecord(which) }));
    const { container } = render(<Popup />);
    await screen.findByTestId('provenance-badge');
    await openEveryFold(container);
    expect(unmarked(container, NAMES)).toEqual([]);
  });

  it('with a record from an older model, and the highlight legend', async () => {
    sendMessage.mockResolvedValueOnce(tab({ record: { ...fullRecord('mixed'), engine: { name: 'Assay local detector', version: '0.1.0', modelVersion: '1-1jts7qu' } } }));
    const { container } = render(<Popup />);
    await screen.findByTestId('provenance-badge');
    await screen.findByTestId('highlight-legend');
    expect(unmarked(container, NAMES)).toEqual([]);
  });

  it('after reading images from other sites, refused and allowed', async () => {
    const request = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    fakeBrowser.permissions.request = request;
    const scanned = fullRecord('mixed');
    sendMessage.mockResolvedValueOnce(tab({ record: scanned }));
    const { container } = render(<Popup />);
    const read = await screen.findByRole('button', { name: /⟦Baca gambar dari situs lain⟧/ });
    await userEvent.click(read);
    await screen.findByText(/⟦Browser tidak mengizinkan/);
    expect(unmarked(container, NAMES)).toEqual([]);
    sendMessage.mockResolvedValueOnce({ read: 1, notAllowed: 1 }).mockResolvedValueOnce(tab({ record: scanned }));
    await userEvent.click(screen.getByRole('button', { name: /⟦Baca gambar dari situs lain⟧/ }));
    await screen.findByText(/⟦1 gambar dibaca\.⟧/);
    expect(unmarked(container, NAMES)).toEqual([]);
  });
});

describe('the popup in real Indonesian', () => {
  it('says the omissions, image meanings and platform hints in Indonesian', async () => {
    restore();
    setLocale('id');
    sendMessage.mockResolvedValueOnce(tab({ record: fullRecord('mixed') }));
    const { container } = render(<Popup />);
    await screen.findByTestId('provenance-badge');
    await openEveryFold(container);
    expect(container.textContent).toContain('Tidak dinilai: 70.000 paragraf (sekitar 48.000.000 karakter)');
    expect(container.textContent).toContain('Data asal-usul di dalam berkas menyatakan gambar ini dibuat alat AI.');
    expect(container.textContent).toContain('Tidak dibaca: disimpan di situs lain.');
    // The technical evidence stays as the file stated it, marked as English for screen readers.
    expect(container.querySelector('[lang="en"]')?.textContent).toContain('SUMMARY');
  });
});
