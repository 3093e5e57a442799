import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/options/App';
import { setLocale } from '../../lib/i18n';
import { CATALOGUES } from '../../lib/i18n/all';
import { getDatabase } from '../../lib/store/db';
import { initialDashboardState } from '../../lib/ui/dashboard-slice';
import { useDashboardStore } from '../../lib/ui/stores';
import { record } from './fixtures';

/**
 * The dashboard screens converted so far, in Indonesian: the shell and its navigation, Records (the
 * empty state, the list, a record's detail) and Settings › General. Scanned text, titles and names
 * are the user's and are taken out before looking for English.
 */
const db = getDatabase();
const ENGLISH_WORDS = (() => {
  const words = (text: string) => text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z’']{4,}/g) ?? [];
  const indonesian = new Set(Object.values(CATALOGUES.id).flatMap(words).map((w) => w.toLowerCase()));
  return new Set(Object.values(CATALOGUES.en).flatMap(words).map((w) => w.toLowerCase()).filter((w) => !indonesian.has(w)));
})();
const NAMES = ['Quarterly report', 'client.example', 'Google Docs', 'Gmail', 'Outlook', 'Figma', 'English'];

function englishLeft(root: HTMLElement): string[] {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('.passage-text, .record-title, .detail-head h2, a[href^="http"], code')) el.remove();
  let text = (copy.textContent ?? '').replace(/“[^”]*”/g, ' ');
  for (const name of NAMES) text = text.split(name).join(' ');
  return [...new Set((text.match(/[A-Za-z’']{4,}/g) ?? []).filter((w) => ENGLISH_WORDS.has(w.toLowerCase())))];
}

const at = (hash: string) => window.history.replaceState(null, '', `/options.html${hash}`);

beforeEach(async () => {
  fakeBrowser.reset();
  useDashboardStore.setState(initialDashboardState);
  await db.records.clear();
  setLocale('id');
});
afterEach(() => setLocale('en'));

describe('the dashboard in Indonesian', () => {
  it('the check itself finds English: the same record in English fails it', async () => {
    setLocale('en');
    await db.records.put(record());
    at('#/records/rec-1');
    const { container } = render(<App />);
    await screen.findByRole('region', { name: 'Record detail' });
    expect(englishLeft(container).length).toBeGreaterThan(10);
  });

  it('Records with no record: the shell, the navigation and the empty state', async () => {
    at('#/records');
    const { container } = render(<App />);
    await screen.findByText('Belum ada catatan');
    expect(screen.getByRole('link', { name: /Pengaturan/ })).toBeInTheDocument();
    expect(englishLeft(container)).toEqual([]);
  });

  it('Records with a record open: the list, its filters and the detail', async () => {
    await db.records.put(record({ history: [{ scannedAt: 1_600_000_000_000, label: 'ai', aiShare: 0.5, contentHash: 'e'.repeat(64) }] } as never));
    at('#/records/rec-1');
    const { container } = render(<App />);
    await screen.findByRole('region', { name: 'Rincian catatan' });
    expect(screen.getByRole('columnheader', { name: 'Penilaian' })).toBeInTheDocument();
    expect(englishLeft(container)).toEqual([]);
  });

  it('Settings › General', async () => {
    at('#/settings/general');
    const { container } = render(<App />);
    await screen.findByLabelText('Sorot paragraf di halaman');
    expect(englishLeft(container)).toEqual([]);
  });
});
