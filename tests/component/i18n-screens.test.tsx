import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanStatus, TabRecord } from '../../lib/messaging/protocol';
import { setLocale } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n/all';
import { initialPopupState } from '../../lib/ui/popup-slice';
import { usePopupStore } from '../../lib/ui/stores';
import type { ScanRecord } from '../../lib/schema/record';
import { AI_IMAGE, record } from './fixtures';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LocaleRoot } from '../../components/LocaleRoot';
import { GeneralSettings } from '../../components/dashboard/settings/GeneralSettings';
import { startLanguage } from '../../lib/settings/language';

/**
 * Every converted screen rendered in Indonesian, with every fold opened: no English word of Assay's
 * own remains. What the user scanned (passages, titles) and names (detectors, providers) are theirs,
 * so they are taken out before the check.
 */
const sendMessage = vi.fn();
vi.mock('../../lib/messaging/send', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
vi.mock('../../lib/messaging/receive', () => ({ onMessages: () => () => undefined }));
const { App: Popup } = await import('../../entrypoints/popup/App');

/** English words of the catalogue (four letters or more) that no Indonesian message uses. */
const ENGLISH_WORDS = (() => {
  const words = (text: string) => text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z’']{4,}/g) ?? [];
  const indonesian = new Set(Object.values(CATALOGUES.id).flatMap(words).map((w) => w.toLowerCase()));
  return new Set(Object.values(CATALOGUES.en).flatMap(words).map((w) => w.toLowerCase()).filter((w) => !indonesian.has(w)));
})();

function englishLeft(root: HTMLElement, names: readonly string[]): string[] {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('.passage-text, .page-title')) el.remove();
  // Words quoted from the passage in a reason (“leverage”) are the user's text too.
  let text = (copy.textContent ?? '').replace(/“[^”]*”/g, ' ');
  for (const name of names) text = text.split(name).join(' ');
  const found = (text.match(/[A-Za-z’']{4,}/g) ?? []).filter((w) => ENGLISH_WORDS.has(w.toLowerCase()));
  return [...new Set(found)];
}

const image = AI_IMAGE;

function withOpinions(): ScanRecord {
  const base = record();
  return {
    ...base,
    images: [image],
    verdict: { ...base.verdict, detectors: [...base.verdict.detectors, { id: 'assay', name: 'Assay server', version: '2', kind: 'remote' }] },
    remote: {
      local: { label: 'mixed', probability: 0.48 },
      providers: [
        { id: 'assay', name: 'Assay server', ok: true, probability: 0.7, passages: 3 },
        { id: 'sapling', name: 'Sapling', ok: false, error: 'ERROR', passages: 0 },
      ],
      localOnly: false,
    },
  };
}

const idle = (tabId = 7): ScanStatus => ({ tabId, stage: 'idle', done: 0, total: 0 });
const tab = (over: Partial<TabRecord> = {}): TabRecord => ({ url: 'https://client.example/report', title: 'Quarterly report', record: null, platform: null, status: idle(), highlightsVisible: true, ...over });
// A language's name in its own language (the picker) is a name too.
const NAMES = ['English', 'Assay server', 'Sapling', 'SUMMARY', 'ERROR', 'Hero', 'Assay', 'https://cdn.example/hero.jpg'];

beforeEach(() => {
  sendMessage.mockReset();
  usePopupStore.setState(initialPopupState);
  window.history.replaceState(null, '', '/popup.html?tabId=7');
  setLocale('id');
});
afterEach(() => setLocale('en'));

describe('every converted screen in Indonesian', () => {
  it('the catalogue check itself finds English: the same popup in English fails it', async () => {
    setLocale('en');
    sendMessage.mockResolvedValueOnce(tab({ record: withOpinions() }));
    const { container } = render(<Popup />);
    await screen.findByTestId('provenance-badge');
    expect(englishLeft(container, NAMES).length).toBeGreaterThan(10);
  });

  it('popup before a scan', async () => {
    sendMessage.mockResolvedValueOnce(tab());
    const { container } = render(<Popup />);
    await screen.findByRole('button', { name: 'Periksa halaman ini' });
    expect(englishLeft(container, NAMES)).toEqual([]);
  });

  it.each(['mixed', 'ai', 'unsure', 'human', 'unknown'] as const)('popup with a %s record, second opinions and an image, every fold open', async (which) => {
    const scanned = which === 'mixed' ? withOpinions() : { ...withOpinions(), ...record({}, which), remote: withOpinions().remote };
    sendMessage.mockResolvedValueOnce(tab({ record: scanned }));
    const { container } = render(<Popup />);
    await screen.findByTestId('provenance-badge');
    for (const summary of container.querySelectorAll('summary')) await userEvent.click(summary);
    expect(container.querySelectorAll('details[open]').length).toBe(container.querySelectorAll('details').length);
    expect(englishLeft(container, NAMES)).toEqual([]);
    expect(container.textContent).toMatch(/Kemungkinan AI|Campuran|Tidak yakin|Kemungkinan manusia|Teks tidak cukup/);
  });

  it('popup while scanning', async () => {
    sendMessage.mockResolvedValueOnce(tab({ status: { tabId: 7, stage: 'detecting', done: 3, total: 12 } }));
    usePopupStore.setState({ ...initialPopupState, status: { tabId: 7, stage: 'detecting', done: 3, total: 12 } });
    const { container } = render(<Popup />);
    await screen.findByText(/Menilai paragraf/);
    expect(englishLeft(container, NAMES)).toEqual([]);
  });
});

describe('the language setting', () => {
  it('switches the open page to Indonesian at once, and General settings has no English left', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    setLocale('en');
    const stop = await startLanguage();
    const { container } = render(
      <LocaleRoot>
        <GeneralSettings />
      </LocaleRoot>,
    );
    const select = await screen.findByLabelText('Language');
    await waitFor(() => expect(select).toBeEnabled());
    await userEvent.selectOptions(select, 'id');
    expect(await screen.findByLabelText('Sorot paragraf di halaman')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByLabelText('Bahasa')).toHaveValue('id');
    expect(await fakeBrowser.storage.local.get('language')).toEqual({ language: 'id' });
    expect(englishLeft(container, NAMES)).toEqual([]);
    // Back to the browser's language (English here).
    await userEvent.selectOptions(screen.getByLabelText('Bahasa'), 'auto');
    expect(await screen.findByLabelText('Highlight passages in the page')).toBeInTheDocument();
    stop();
  });
});
