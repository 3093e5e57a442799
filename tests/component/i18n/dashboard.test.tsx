import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProvenanceReply } from '../../../lib/provenance/worker-client';
import type { ImageProvenance, ProvenanceVerdict } from '../../../lib/schema/provenance';
import type { WritingProcess } from '../../../lib/schema/process';
import type { ImageRecord } from '../../../lib/schema/record';
import { ProvenanceVerdictSchema } from '../../../lib/schema/provenance-verdict';
import { saveSettings } from '../../../lib/settings/storage';
import { getDatabase } from '../../../lib/store/db';
import { initialDashboardState } from '../../../lib/ui/dashboard-slice';
import { useDashboardStore } from '../../../lib/ui/stores';
import { setLocale, t } from '../../../lib/i18n';
import { CATALOGUES } from '../../../lib/i18n/all';
import { registerCatalogue } from '../../../lib/i18n';
import { CATALOGUE_ENTRIES, type ProviderId } from '../../../lib/classify/catalogue';
import { OPTION_LABELS } from '../../../components/dashboard/ProvidersPanel';
import { AppShell } from '../../../components/dashboard/shell/AppShell';
import { plannedSection } from '../../../components/dashboard/shell/PlannedSection';
import { Icon } from '../../../components/dashboard/shell/icons';
import { record, VERDICTS } from '../fixtures';
import { pseudoIndonesian, unmarked } from '../i18n-check';

/**
 * Every dashboard screen, in every state a user meets, in the pseudo-locale: each word Assay shows
 * must come through the catalogue (tests/component/i18n-check.ts). What is left may only be the
 * user's own material and names, listed per screen. Check images runs with a stand-in reader (the
 * real one is a Web Worker); its sentences are the real reader's (tests/unit/i18n/dashboard-words.test.ts).
 */
let reply: (bytes: ArrayBuffer) => Promise<ProvenanceReply> = async () => ({ ok: false, error: 'unset' });
vi.mock('../../../entrypoints/options/image-reader', () => ({ imageReader: () => (bytes: ArrayBuffer) => reply(bytes) }));
const { App } = await import('../../../entrypoints/options/App');
const { SECTIONS } = await import('../../../entrypoints/options/sections');

const db = getDatabase();
const at = (hash: string) => window.history.replaceState(null, '', `/options.html${hash}`);

/** Names and user material that appear on these screens outside any message. */
const NAMES = [
  'Assay',
  'Bahasa Indonesia',
  'Quarterly report',
  'client.example',
  // Input placeholders: an address, a model id, a token prefix, a PEM header, a host.
  'http://127.0.0.1:8787',
  'openai-community/roberta-base-openai-detector',
  'figd_…',
  '-----BEGIN CERTIFICATE-----',
  'docs.example.com',
];

let restore: () => void;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  useDashboardStore.setState(initialDashboardState);
  await db.records.clear();
  restore = pseudoIndonesian();
});
afterEach(() => {
  restore();
  vi.unstubAllEnvs();
});

/** Renders the dashboard at an address and waits until the screen's own part is there. */
async function dashboardAt(hash: string, ready: (root: HTMLElement) => Element | null): Promise<HTMLElement> {
  at(hash);
  const { container } = render(<App />);
  await waitFor(() => expect(ready(container)).not.toBeNull());
  return container;
}

const settingsPage = (id: string) => (root: HTMLElement) => root.querySelector(`[data-settings-page="${id}"] :is(h2, label)`);

describe('the dashboard in the pseudo-locale: every word from the catalogue', () => {
  it('Records, empty: the shell, the navigation, the first-run steps', async () => {
    const root = await dashboardAt('#/records', (r) => r.querySelector('.empty-state'));
    expect(document.title).toMatch(/^⟦/);
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Records, a record open with its images and its writing history read', async () => {
    const flagged = VERDICTS.mixed.segments.find((s) => s.label === 'ai')!;
    const process: WritingProcess = {
      available: true,
      inserts: 412,
      evidence: [
        { segmentId: flagged.id, kind: 'paste', chars: 430, at: Date.UTC(2026, 10, 20, 9, 2), text: flagged.text.slice(0, 300) },
        { segmentId: VERDICTS.mixed.segments.find((s) => s.label !== 'ai')!.id, kind: 'burst', chars: 1, charsPerSecond: 61.5, at: Date.UTC(2026, 10, 20, 9, 5), text: 'x' },
      ],
    };
    const image: ImageRecord = { id: 'i1', url: 'https://cdn.example/hero.jpg', alt: 'Hero', width: 4, height: 3, provenance: provenance('ai-generated', 'FINDING') };
    await db.records.put(record({ process, images: [image]}));
    const root = await dashboardAt('#/records/rec-1', (r) => r.querySelector('.process'));
    await waitFor(() => expect(root.querySelector('.detail-images, [aria-label="⟦Gambar⟧"]')).not.toBeNull());
    // The times a passage arrived are machine-readable, and shown in the language's own style.
    expect(root.querySelector('.process time')?.getAttribute('dateTime')).toBe('2026-11-20T09:02:00.000Z');
    expect(unmarked(root, [...NAMES, 'Hero', 'FINDING'])).toEqual([]);
  });

  it('Records, a record with earlier scans', async () => {
    await db.records.put(record({ history: [{ scannedAt: 1_600_000_000_000, label: 'ai', aiShare: 0.5, contentHash: 'e'.repeat(64) }] } as never));
    const root = await dashboardAt('#/records/rec-1', (r) => r.querySelector('.detail li .label-pill'));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it.each<[string, WritingProcess]>([
    ['read, nothing stood out', { available: true, inserts: 1200, evidence: [] }],
    ['not read, a known reason', { available: false, reason: 'Only people who can edit a document may read its writing history; you have view-only access.', inserts: 0, evidence: [] }],
    ['not read, no reason given', { available: false, inserts: 0, evidence: [] }],
  ])('Records, writing history %s', async (_, process) => {
    await db.records.put(record({ process }));
    const root = await dashboardAt('#/records/rec-1', (r) => r.querySelector(`section[aria-label="⟦${CATALOGUES.id['dashboard.history.title']}⟧"]`));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('a record address that names no record', async () => {
    const root = await dashboardAt('#/records/gone', (r) => r.querySelector('h1, h2'));
    await waitFor(() => expect(root.textContent).toContain(CATALOGUES.id['records.noSuch']));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('an address that names no part of the dashboard', async () => {
    const root = await dashboardAt('#/colours/and/more', (r) => r.querySelector('main[data-section="not-found"] h1'));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('a section still planned: the placeholder and its "Soon" in the navigation', async () => {
    const planned = { id: 'later', title: 'LATER', icon: <Icon name="records" />, planned: true, component: plannedSection(() => ({ title: 'LATER', summary: 'SUMMARY', will: ['PROMISE'], meanwhile: 'MEANWHILE' })) };
    at('#/later');
    const { container } = render(<AppShell sections={[...SECTIONS, planned]} />);
    await screen.findByRole('heading', { level: 1, name: 'LATER' });
    expect(container.querySelector('.nav-soon')).not.toBeNull();
    expect(unmarked(container, [...NAMES, 'LATER', 'SUMMARY', 'PROMISE', 'MEANWHILE'])).toEqual([]);
  });

  it('Settings › General, and a settings page that does not exist', async () => {
    let root = await dashboardAt('#/settings/general', settingsPage('general'));
    await waitFor(() => expect(root.querySelector('select:not([disabled])')).not.toBeNull());
    expect(unmarked(root, NAMES)).toEqual([]);
    root.remove();
    root = await dashboardAt('#/settings/colours', (r) => r.querySelector('[data-settings-page="not-found"] a'));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Settings › Platforms: all off', async () => {
    const root = await dashboardAt('#/settings/platforms', (r) => r.querySelector('.platform-list li'));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Settings › Platforms: some on, automatic checks on, a Figma token', async () => {
    await saveSettings({ platforms: { gmail: { enabled: true, autoScan: true }, figma: { enabled: true, autoScan: false } }, figmaToken: 'figd_secret' } as never);
    const root = await dashboardAt('#/settings/platforms', (r) => r.querySelector('#platform-gmail:checked'));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Settings › Platforms: the browser refuses the permission, named as the build’s browser', async () => {
    vi.stubEnv('BROWSER', 'firefox');
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const root = await dashboardAt('#/settings/platforms', (r) => r.querySelector('#platform-gmail'));
    await userEvent.click(root.querySelector('#platform-gmail')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Firefox');
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Settings › Second opinions: none on', async () => {
    const root = await dashboardAt('#/settings/second-opinions', (r) => r.querySelector('.provider-list li'));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Settings › Second opinions: one on, and the disclosure before turning another on', async () => {
    await saveSettings({ providers: { assay: { enabled: true, key: '', option: 'http://127.0.0.1:9000', scope: 'unsure', monthlyWords: 0 } } } as never);
    const root = await dashboardAt('#/settings/second-opinions', (r) => r.querySelector('#use-assay:checked'));
    await userEvent.click(root.querySelector('#use-gptzero')!);
    await screen.findByRole('dialog');
    expect(unmarked(root, [...NAMES, 'http://127.0.0.1:9000'])).toEqual([]);
  });

  it('Settings › Second opinions: a missing key, a missing address, a refused permission', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    const root = await dashboardAt('#/settings/second-opinions', (r) => r.querySelector('#use-gptzero'));
    const user = userEvent.setup();
    const row = (id: string) => root.querySelector<HTMLElement>(`[data-provider="${id}"]`)!;
    const confirm = async (id: string) => user.click(within(await within(row(id)).findByRole('dialog')).getAllByRole('button')[0]!);
    for (const id of ['gptzero', 'assay']) {
      await user.click(root.querySelector(`#use-${id}`)!);
      await confirm(id);
    }
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    // With an address set, the browser is asked, and refuses.
    await user.type(row('assay').querySelector('input:not([type])')!, 'http://127.0.0.1:9000');
    await confirm('assay');
    await waitFor(() => expect(within(row('assay')).getByRole('alert').textContent).toContain('127.0.0.1:9000;'));
    expect(unmarked(root, [...NAMES, 'http://127.0.0.1:9000'])).toEqual([]);
  });

  it('Settings › Images: empty, text outside the certificates, a saved list', async () => {
    const root = await dashboardAt('#/settings/images', (r) => r.querySelector('[data-settings-page="images"] textarea'));
    expect(unmarked(root, NAMES)).toEqual([]);
    const box = root.querySelector('textarea')!;
    const user = userEvent.setup();
    await user.type(box, 'not a certificate');
    await user.click(root.querySelector('[data-settings-page="images"] button')!);
    await screen.findByRole('alert');
    expect(unmarked(root, [...NAMES, 'not a certificate'])).toEqual([]);
    await user.clear(box);
    await user.click(root.querySelector('[data-settings-page="images"] button')!);
    await screen.findByRole('status');
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Check images: nothing checked yet', async () => {
    const root = await dashboardAt('#/images', (r) => r.querySelector('.image-check'));
    await waitFor(() => expect(root.querySelector('.trust-note')?.textContent).toMatch(/⟦/));
    expect(unmarked(root, NAMES)).toEqual([]);
  });

  it('Check images: a result of every provenance status, a damaged file, an unreadable one, one being read', async () => {
    const verdicts = ProvenanceVerdictSchema.options;
    const results: Record<string, () => Promise<ProvenanceReply>> = {
      ...Object.fromEntries(verdicts.map((v) => [`${v}.jpg`, async () => ({ ok: true as const, provenance: provenance(v, v === 'no-provenance' ? NO_DATA : `FINDING`) })])),
      'damaged.png': async () => ({ ok: true, provenance: { ...provenance('no-provenance', NO_DATA), error: 'the file is truncated or malformed; what could be read is reported' } }),
      'notes.txt': async () => ({ ok: true, provenance: { ...provenance('no-provenance', UNKNOWN_TYPE), error: 'unknown file type' } }),
      'crash.jpg': async () => ({ ok: false, error: 'the provenance reader stopped' }),
      'slow.jpg': () => new Promise(() => undefined),
    };
    const names = Object.keys(results);
    const byName = new Map<number, string>();
    reply = (bytes) => results[byName.get(bytes.byteLength)!]!();
    const root = await dashboardAt('#/images', (r) => r.querySelector('input[type="file"]'));
    const files = names.map((name, i) => {
      byName.set(i + 1, name);
      return new File([new Uint8Array(i + 1)], name);
    });
    // The real picker filters by type; the stand-in reader decides what each file is.
    await userEvent.setup({ applyAccept: false }).upload(root.querySelector<HTMLInputElement>('input[type="file"]')!, files);
    await waitFor(() => expect(root.querySelectorAll('[data-testid="checked-image"]:not([data-verdict="reading"])')).toHaveLength(names.length - 1));
    for (const verdict of verdicts) expect(root.querySelector(`[data-verdict="${verdict}"]`)).not.toBeNull();
    expect(root.querySelector('[data-verdict="failed"]')).not.toBeNull();
    expect(unmarked(root, [...NAMES, ...names, 'FINDING'])).toEqual([]);
  });
});

const NO_DATA = 'No provenance data. This proves nothing either way: most images, made by people or by AI, carry none.';
const UNKNOWN_TYPE = 'Not an image, PDF, audio or video file Assay can read (its first bytes match no known format).';

function provenance(verdict: ProvenanceVerdict, summary: string): ImageProvenance {
  return { verdict, summary, evidence: [], sha256: 'a'.repeat(64), mimeType: 'image/jpeg', bytes: 10 };
}

describe('the dashboard in Indonesian (the real catalogue)', () => {
  beforeEach(() => {
    restore();
    registerCatalogue('id', CATALOGUES.id);
    setLocale('id');
  });

  it('Settings › Platforms and Second opinions say it in Indonesian, naming the build’s browser', async () => {
    vi.stubEnv('BROWSER', 'firefox');
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    await dashboardAt('#/settings/platforms', (r) => r.querySelector('#platform-gmail'));
    expect(screen.getByRole('heading', { name: 'Tempat Assay memeriksa hasil kerja' })).toBeInTheDocument();
    expect(screen.getByText(/Firefox meminta izin Anda untuk situs tersebut/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Periksa pesan di Gmail' }));
    expect(await screen.findByText('Firefox tidak mengizinkan Assay membaca Gmail; platform ini tetap mati.')).toBeVisible();
    expect(screen.queryByText(/Chrome/)).toBeNull();
  });

  it('Second opinions, Check images and the not-found page', async () => {
    await dashboardAt('#/settings/second-opinions', (r) => r.querySelector('#use-gptzero'));
    expect(screen.getByRole('checkbox', { name: 'Pakai GPTZero' })).toBeInTheDocument();
    expect(screen.getByLabelText('Alamat server')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Berhenti menunggu pendapat kedua setelah/)).toHaveAttribute('type', 'number');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pakai GPTZero' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Sebelum menyalakan GPTZero' })).getByRole('button', { name: 'Kirim paragraf ke GPTZero' }));
    expect(await screen.findByText('Tempel dulu kunci API GPTZero Anda.')).toBeVisible();
    document.body.innerHTML = '';

    reply = async () => ({ ok: true, provenance: provenance('no-provenance', NO_DATA) });
    await dashboardAt('#/images', (r) => r.querySelector('input[type="file"]'));
    expect(screen.getByRole('heading', { level: 1, name: 'Periksa gambar' })).toBeInTheDocument();
    expect(document.title).toBe('Periksa gambar · Dasbor Assay');
    await userEvent.upload(screen.getByLabelText('Gambar yang akan diperiksa'), new File([new Uint8Array(3)], 'foto.png', { type: 'image/png' }));
    expect(await screen.findByText('Tanpa data asal-usul')).toBeInTheDocument();
    expect(screen.getByText(/^Tanpa data asal-usul\. Ini tidak membuktikan apa pun/)).toBeInTheDocument();
    document.body.innerHTML = '';

    await dashboardAt('#/nowhere', (r) => r.querySelector('main[data-section="not-found"] h1'));
    expect(screen.getByRole('heading', { level: 1, name: 'Tidak ada apa-apa di sini' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke Catatan' })).toHaveAttribute('href', '#/records');
  });

  it('every provider with an option field has its label in the catalogue', () => {
    for (const entry of CATALOGUE_ENTRIES.filter((e) => e.option)) expect(OPTION_LABELS[entry.id as ProviderId], entry.id).toBeDefined();
    expect(t('dashboard.opinions.option.assay')).toBe('Alamat server');
  });
});
