import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditAdapter } from '../../../components/audit/adapter';
import { AuditSection } from '../../../components/audit/AuditSection';
import { useAuditRun } from '../../../components/audit/run-store';
import type { AuditItem } from '../../../lib/audit/schema';
import { setLocale } from '../../../lib/i18n';
import type { ImageProvenance } from '../../../lib/schema/provenance';
import { cancelAudit, createAudit, finishAudit, pendingEntries, storeOutcomes } from '../../../lib/store/audits';
import { getDatabase } from '../../../lib/store/db';
import { newAuditName } from '../../../lib/ui/audit-names';
import { record } from '../fixtures';
import { pseudoIndonesian, unmarked } from '../i18n-check';

/**
 * The Audit section in every state, rendered with every catalogue message marked: whatever word is
 * left unmarked did not come through the catalogue. Only the user's material is allowed through:
 * the portfolio's folder and file names, a mail's sender, and what an image's provenance data says
 * (lib/provenance words it; the images area says it).
 */
const db = getDatabase();
const h = (c: string) => c.repeat(64);
const downloads: { name: string; type: string; text: string }[] = [];
const adapter: AuditAdapter = {
  db,
  // Addresses only are started in these tests: a fetch that fails never reaches a worker.
  startWorker: () => ({ postMessage: () => undefined, addEventListener: () => undefined, terminate: () => undefined }),
  poolSize: 1,
  settings: async () => ({ sensitivity: 'cautious', trustAnchors: [] }),
  requestOrigins: async () => false,
  fetchPage: async (url) => ({ error: `${url}: Chrome has not allowed Assay to read ${new URL(url).host}` }),
  download: (name, type, text) => void downloads.push({ name, type, text }),
  withLock: async (_name, task) => (await task(), true),
};

const NAMES = ['portfolio', 'alice', 'bob', 'essay.docx', 'notes.md', 'locked.pdf', 'cover.png', 'mail.eml', 'archive.zip', 'late.md', 'loose.txt', 'draft.docx', 'Bob Stone', 'PROVENANCE SUMMARY', 'PROVENANCE FINDING', 'client.example', 'https://client.example/missing', 'https'];
const base = (path: string): AuditItem => ({ path, bytes: 10, fileHash: h('f'), contentHash: h('a'), state: 'done', meta: {}, notes: [], certificate: { status: 'none' }, durationMs: 5 });
const provenance: ImageProvenance = { verdict: 'ai-generated', summary: 'PROVENANCE SUMMARY', evidence: [{ source: 'png-text', strength: 'strong', finding: 'PROVENANCE FINDING', details: {} }], sha256: h('b'), mimeType: 'image/png', bytes: 10 };

/** A portfolio as the dashboard stores it: files with verdicts, one not read, an image, an archive, a mail with notes, one cancelled. */
async function portfolio(now: number, options: { finish?: boolean; changed?: boolean } = {}) {
  const paths = ['portfolio/alice/essay.docx', 'portfolio/alice/notes.md', 'portfolio/bob/locked.pdf', 'portfolio/bob/cover.png', 'portfolio/bob/mail.eml', 'portfolio/bob/archive.zip', 'portfolio/loose.txt', 'portfolio/bob/late.md'];
  const audit = await createAudit(db, { name: newAuditName(now), sensitivity: 'cautious', now, inputs: paths.map((path) => ({ path, origin: 'file' as const })) });
  const pending = await pendingEntries(db, audit.id);
  const entry = (path: string) => pending.find((e) => e.path === path)!;
  await storeOutcomes(db, entry('portfolio/alice/essay.docx'), [
    { item: { ...base('portfolio/alice/essay.docx'), contentHash: options.changed ? h('c') : h('1'), label: options.changed ? 'human' : 'mixed', probability: 0.55, aiShare: 0.42, words: 200, passages: 4, judged: 3, flagged: [{ label: 'ai', probability: 0.995, excerpt: 'In today’s fast-paced landscape' }] }, record: record() },
  ]);
  await storeOutcomes(db, entry('portfolio/alice/notes.md'), [{ item: { ...base('portfolio/alice/notes.md'), contentHash: h('2'), label: 'ai', probability: 0.99, aiShare: 0.9, words: 300, passages: 3, judged: 3 } }]);
  await storeOutcomes(db, entry('portfolio/bob/locked.pdf'), [
    { item: { ...base('portfolio/bob/locked.pdf'), contentHash: h('3'), state: 'failed', problem: 'encrypted', error: 'portfolio/bob/locked.pdf is password-protected: open it, remove the password and save it again to have it read' } },
  ]);
  await storeOutcomes(db, entry('portfolio/bob/cover.png'), [
    { item: { ...base('portfolio/bob/cover.png'), contentHash: h('4'), label: 'unknown', abstain: 'An image: no text to judge; its provenance is read instead.', provenance: 'ai-generated', images: { total: 1, ai: 1, unread: 0, summary: 'PROVENANCE SUMMARY' } }, provenance },
  ]);
  await storeOutcomes(db, entry('portfolio/bob/mail.eml'), [
    {
      item: {
        ...base('portfolio/bob/mail.eml'),
        contentHash: h('5'),
        label: 'unsure',
        probability: 0.7,
        aiShare: 0,
        words: 400,
        passages: 5,
        judged: 5,
        meta: { sender: 'Bob Stone <bob@client.example>' },
        notes: ['the signature was left out', '2 attachments read as files of their own'],
        images: { total: 2, ai: 1, unread: 1, summary: 'Images: 1 of 2 AI-generated or AI-edited (C2PA), 1 not readable' },
        certificate: { status: 'unchecked', detail: 'the certificate could not be checked' },
      },
    },
  ]);
  await storeOutcomes(db, entry('portfolio/bob/archive.zip'), [{ item: { ...base('portfolio/bob/archive.zip'), contentHash: h('6'), label: 'unknown', abstain: 'An archive of 1 file, each listed on its own.', notes: ['1 archiver file (__MACOSX, .DS_Store) left out'] } }]);
  await storeOutcomes(db, entry('portfolio/loose.txt'), [{ item: { ...base('portfolio/loose.txt'), contentHash: h('7'), label: 'unknown', abstain: 'Not enough text: 12 words of prose that can be judged (needs 50).' } }]);
  if (options.finish) {
    await storeOutcomes(db, entry('portfolio/bob/late.md'), [{ item: { ...base('portfolio/bob/late.md'), contentHash: h('8'), label: 'human', probability: 0.001, aiShare: 0, words: 500, passages: 6, judged: 6 } }]);
    await finishAudit(db, audit.id, now + 1000);
  } else await cancelAudit(db, audit.id, now + 1000);
  return audit;
}

const show = () => render(<AuditSection adapter={adapter} />);
const rows = () => screen.findAllByTestId('audit-row');

let restore: () => void;
beforeEach(async () => {
  downloads.length = 0;
  useAuditRun.setState({ progress: null, busyElsewhere: null, version: 0, error: null, cancel: null });
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditDetails, db.auditFlagged, db.auditQueue], () => Promise.all([db.audits.clear(), db.auditEntries.clear(), db.auditDetails.clear(), db.auditFlagged.clear(), db.auditQueue.clear()]));
  restore = pseudoIndonesian();
});
afterEach(() => restore());

describe('the Audit section: every word from the catalogue', () => {
  it('before any audit: where to start, files picked, system files and lines that are not addresses left out', async () => {
    const { container } = show();
    await screen.findByText(/Belum ada audit/);
    expect(unmarked(container, NAMES)).toEqual([]);
    const files = [new File(['a'], 'essay.docx'), new File(['b'], 'notes.md'), new File(['c'], '.DS_Store')];
    fireEvent.change(screen.getByLabelText(/Berkas yang akan diaudit/), { target: { files } });
    await userEvent.type(screen.getByRole('textbox', { name: /Alamat halaman/ }), 'not an address');
    await screen.findByText(/berkas siap/);
    await screen.findByText(/berkas sistem/);
    // The line typed is the user's own.
    expect(unmarked(container, [...NAMES, 'not an address'])).toEqual([]);
  });

  it('an audit being read: its progress, the files being read now, Cancel; and one read in another tab', async () => {
    const audit = await createAudit(db, { name: newAuditName(Date.now()), sensitivity: 'cautious', inputs: [{ path: 'portfolio/alice/essay.docx', origin: 'file' }, { path: 'portfolio/bob/locked.pdf', origin: 'file' }, { path: 'portfolio/loose.txt', origin: 'file' }] });
    useAuditRun.setState({ progress: { auditId: audit.id, total: 3, done: 1, failed: 1, reading: ['portfolio/alice/essay.docx'], state: 'running' }, cancel: () => undefined, busyElsewhere: audit.id });
    const { container } = show();
    await screen.findByRole('progressbar');
    await waitFor(() => expect(screen.getAllByTestId('audit-row').map((r) => r.getAttribute('data-verdict'))).toEqual(['pending', 'pending', 'pending']));
    expect(screen.getByRole('button', { name: /Batalkan audit/ })).toBeInTheDocument();
    expect(unmarked(container, NAMES)).toEqual([]);
  });

  it('an audit interrupted, an error, and an audit started with an address the browser was not allowed to read', async () => {
    await createAudit(db, { name: newAuditName(Date.now()), sensitivity: 'cautious', inputs: [{ path: 'portfolio/alice/essay.docx', origin: 'file' }] });
    useAuditRun.setState({ error: 'ERROR' });
    const { container } = show();
    await screen.findByRole('button', { name: /Lanjutkan/ });
    await rows();
    expect(unmarked(container, [...NAMES, 'ERROR'])).toEqual([]);

    await userEvent.type(screen.getByRole('textbox', { name: /Alamat halaman/ }), 'https://client.example/missing');
    await userEvent.click(screen.getByRole('button', { name: /Mulai audit/ }));
    await waitFor(() => expect(screen.getByTestId('audit-progress').getAttribute('data-state')).toBe('done'));
    await waitFor(() => expect(screen.getAllByTestId('audit-row').map((r) => r.getAttribute('data-verdict'))).toEqual(['not-read']));
    await screen.findByText(/Chrome tidak mengizinkan/);
    await userEvent.click(within(screen.getAllByTestId('audit-row')[0]!).getByRole('button', { name: 'https://client.example/missing' }));
    await screen.findByRole('region', { name: /Rincian berkas/ });
    expect(unmarked(container, [...NAMES, 'ERROR'])).toEqual([]);
  });

  it('a finished audit compared with the one before: the table with its groups, files not read, skipped and cancelled, each file’s detail, deleting', async () => {
    await portfolio(Date.UTC(2026, 10, 1), { finish: true, changed: true });
    await portfolio(Date.UTC(2026, 11, 1));
    const { container } = show();
    await screen.findByTestId('audit-diff');
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(8));
    expect(screen.getAllByTestId('audit-row').map((r) => r.getAttribute('data-verdict')).sort()).toEqual(['ai', 'mixed', 'not-read', 'not-read', 'unknown', 'unknown', 'unknown', 'unsure']);
    expect(screen.getByTestId('audit-diff').querySelector('time')).not.toBeNull();
    expect(unmarked(container, NAMES)).toEqual([]);

    for (const path of ['portfolio/alice/essay.docx', 'portfolio/bob/locked.pdf', 'portfolio/bob/cover.png', 'portfolio/bob/mail.eml', 'portfolio/bob/archive.zip', 'portfolio/loose.txt', 'portfolio/bob/late.md']) {
      await userEvent.click(screen.getByRole('button', { name: path }));
      const detail = await screen.findByRole('region', { name: /Rincian berkas/ });
      await waitFor(() => expect(detail.querySelector('h3')?.textContent).toBe(path));
      await waitFor(() => expect(detail.textContent).not.toMatch(/Memuat/));
      expect(unmarked(container, NAMES), path).toEqual([]);
    }

    await userEvent.click(screen.getByRole('button', { name: /Hapus…/ }));
    await screen.findByRole('button', { name: /Hapus audit ini/ });
    await userEvent.click(screen.getByRole('checkbox', { name: /kelompokkan/ }));
    await userEvent.click(screen.getAllByTestId('audit-row')[0]!.querySelector('.group-edit')!);
    await screen.findByRole('textbox', { name: /Freelancer atau proyek untuk/ });
    expect(unmarked(container, NAMES)).toEqual([]);
  });

  it('a filter that matches nothing, and a long audit in pages', async () => {
    const now = Date.UTC(2026, 11, 1);
    const paths = Array.from({ length: 60 }, (_, i) => `portfolio/alice/f${String(i).padStart(2, '0')}.md`);
    const audit = await createAudit(db, { name: newAuditName(now), sensitivity: 'cautious', now, inputs: paths.map((path) => ({ path, origin: 'file' as const })) });
    for (const entry of await pendingEntries(db, audit.id)) await storeOutcomes(db, entry, [{ item: { ...base(entry.path), contentHash: h('9'), label: 'human', probability: 0.001, aiShare: 0, words: 100, passages: 1, judged: 1 } }]);
    await finishAudit(db, audit.id, now + 1000);
    const { container } = show();
    await screen.findByTestId('audit-page');
    const names = [...NAMES, ...paths];
    expect(unmarked(container, names)).toEqual([]);
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    await screen.findByText(/Tidak ada berkas yang cocok/);
    expect(unmarked(container, [...names, 'zzz'])).toEqual([]);
  });

  it('the HTML report it downloads: every heading, count, method paragraph and file note from the catalogue', async () => {
    await portfolio(Date.UTC(2026, 10, 1), { finish: true, changed: true });
    await portfolio(Date.UTC(2026, 11, 1));
    show();
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(8));
    await screen.findByTestId('audit-diff');
    await userEvent.click(screen.getByRole('button', { name: /Laporan audit \(HTML\)/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const doc = new new Window().DOMParser().parseFromString(downloads[0]!.text, 'text/html');
    expect(doc.documentElement.getAttribute('lang')).toBe('id');
    expect(doc.querySelectorAll('time').length).toBeGreaterThan(0);
    // Passage excerpts quoted in the report are the files' own text.
    const flagged = Array.from(doc.querySelectorAll('blockquote')).map((b) => b.lastChild?.textContent?.trim() ?? '');
    // The page's style sheet is no words; its title is.
    doc.querySelector('style')!.remove();
    expect(unmarked(doc.documentElement as unknown as Element, [...NAMES, ...flagged])).toEqual([]);
  });
});

describe('the Audit section in Indonesian', () => {
  it('speaks as an Indonesian agency would read it', async () => {
    restore();
    setLocale('id');
    restore = () => setLocale('en');
    await portfolio(Date.UTC(2026, 10, 1), { finish: true, changed: true });
    await portfolio(Date.UTC(2026, 11, 1));
    const { container } = show();
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(8));
    await screen.findByTestId('audit-diff');
    const text = () => container.textContent ?? '';
    expect(screen.getByRole('button', { name: /^Mulai audit$/ })).toBeDisabled();
    expect(text()).toContain('Letakkan berkas atau seluruh folder di sini');
    expect(text()).toContain('Tidak terbaca: Terenkripsi');
    expect(text()).toContain('Kemungkinan AI');
    expect(text()).toContain('Tanpa grup');
    expect(text()).toMatch(/Sejak audit [\d/]+, [\d.]+: 0 baru, 2 berubah, 6 tetap, 0 dihapus; penilaian 2 berkas berubah\./);
    expect(text()).toContain('(sebelumnya Kemungkinan manusia)');
    expect(text()).toContain('Gambar: 1 dari 2 dibuat atau disunting AI, menurut Kredensial Konten, 1 tidak terbaca');
    await userEvent.click(screen.getByRole('button', { name: 'portfolio/bob/locked.pdf' }));
    const detail = await screen.findByRole('region', { name: 'Rincian berkas' });
    expect(detail.textContent).toContain('Tidak terbaca: Terenkripsi. Berkas ini dilindungi kata sandi');
    expect(detail.querySelector('code[lang="en"]')?.textContent).toContain('password-protected');
    await userEvent.click(screen.getByRole('button', { name: 'portfolio/bob/mail.eml' }));
    await waitFor(() => expect(detail.textContent).toContain('Catatan: tanda tangan tidak diikutkan'));
    expect(detail.textContent).toContain('Catatan: 2 lampiran dibaca sebagai berkas tersendiri');
    expect(detail.textContent).toContain('Sertifikat belum diperiksa: sertifikatnya tidak bisa diperiksa');
  });
});
