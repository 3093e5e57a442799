// The Certificates section in Indonesian: every state rendered with the pseudo-locale, no word of Assay's own left unmarked.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CertificatesSection, type CertifyDeps } from '../../../components/certify/CertificatesSection';
import { spokenFingerprint } from '../../../lib/certify';
import { markdownSegments } from '../../../lib/extract/plain';
import { sha256Bytes } from '../../../lib/hash';
import { setLocale } from '../../../lib/i18n';
import { excerpt } from '../../../lib/report/labels';
import { openDatabase, type AssayDB } from '../../../lib/store/db';
import { createIdentity, currentIdentity } from '../../../lib/store/identities';
import { signAndKeep } from '../../../lib/ui/certificates';
import { REPORT } from '../../unit/certify/helpers';
import { scanWithDetector } from '../fixtures';
import { pseudoIndonesian, unmarked } from '../i18n-check';

let db: AssayDB;
let dbName: string;
let n = 0;
let downloads: { name: string; text: string }[];
let restore: (() => void) | undefined;

const scan = scanWithDetector;

/** A PNG's first bytes, enough for the file to be taken as an image. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function deps(): CertifyDeps {
  return {
    db,
    scan: vi.fn(scan),
    // The provenance reader's stand-in: every image carries data saying AI generated it.
    readImage: vi.fn(async (bytes: ArrayBuffer) => ({
      ok: true as const,
      provenance: { verdict: 'ai-generated' as const, summary: 'SUMMARY', evidence: [], sha256: await sha256Bytes(new Uint8Array(bytes)), mimeType: 'image/png', bytes: bytes.byteLength },
    })),
    download: (fileName, _type, text) => downloads.push({ name: fileName, text }),
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  };
}

const markdown = (text: string, fileName = 'report.md') => new File([text], fileName, { type: 'text/markdown' });

/** The user's material on these screens: file names, the signer, the passages' openings, the detector's own name. */
async function userMaterial(extra: string[] = []): Promise<string[]> {
  const engine = (await scan({ source: { kind: 'file', url: 'x', title: 'x' }, segments: markdownSegments(REPORT) })).engine;
  const passages = markdownSegments(REPORT).map((s) => excerpt(s.text, 90));
  const fingerprints = [...(await db.identities.toArray()), ...(await db.signers.toArray())].flatMap((row) => [row.fingerprint, spokenFingerprint(row.fingerprint)]);
  return ['report.md.assay.json', 'report-copy.md', 'report.md', 'cover.png', 'Midjourney', 'notes.xyz', 'broken.assay.json', 'Ana Lima', 'ana@example.com', 'Sources from the library.', engine.name, engine.version, engine.modelVersion, ...passages, ...fingerprints, ...extra];
}

/** A certificate for REPORT signed by "Ana Lima" with a key of its own (another browser). */
async function signedElsewhere(label: string): Promise<{ text: string; fingerprint: string }> {
  const other = openDatabase(`${dbName}-${label}`);
  try {
    const { row } = await createIdentity(other, 'Ana Lima', undefined, 'a long passphrase');
    const record = await scan({ source: { kind: 'file', url: 'report.md', title: 'report.md' }, segments: markdownSegments(REPORT) });
    const { text } = await signAndKeep(other, { identity: row, records: [record], images: [], declaration: { uses: [{ use: 'research' }], note: 'Sources from the library.' } });
    return { text, fingerprint: row.fingerprint };
  } finally {
    other.close();
    await Dexie.delete(`${dbName}-${label}`);
  }
}

beforeEach(() => {
  dbName = `certificates-i18n-${++n}`;
  db = openDatabase(dbName);
  downloads = [];
});
afterEach(async () => {
  restore?.();
  restore = undefined;
  setLocale('en');
  db.close();
  await Dexie.delete(dbName);
});

// Making and opening a key runs PBKDF2 at its full strength: slower than the default 5 s on a busy machine.
describe('Certificates: every word from the catalogue', { timeout: 30_000 }, () => {
  it('no key yet, the key form with its errors, the key made, the restore form, empty history', async () => {
    restore = pseudoIndonesian();
    const user = userEvent.setup();
    const { container } = render(<CertificatesSection deps={deps()} />);
    await screen.findByText(/⟦Belum ada kunci tanda tangan/);
    await screen.findByText(/⟦Belum ada penanda tangan/);
    expect(unmarked(container, await userMaterial())).toEqual([]);

    await user.click(screen.getByRole('button', { name: '⟦Buat kunci tanda tangan⟧' }));
    await user.click(screen.getByRole('button', { name: '⟦Buat kunci dan simpan cadangannya⟧' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('⟦Isi nama');
    expect(unmarked(container, await userMaterial())).toEqual([]);

    await user.type(screen.getByLabelText('⟦Nama Anda⟧'), 'Ana Lima');
    await user.type(screen.getByLabelText('⟦Kontak (opsional)⟧'), 'ana@example.com');
    await user.type(screen.getByLabelText('⟦Frasa sandi untuk cadangan⟧'), 'short');
    await user.type(screen.getByLabelText('⟦Ulangi frasa sandi⟧'), 'short');
    await user.click(screen.getByRole('button', { name: '⟦Buat kunci dan simpan cadangannya⟧' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('⟦Frasa sandi minimal 10 karakter');
    expect(unmarked(container, await userMaterial())).toEqual([]);

    for (const label of ['⟦Frasa sandi untuk cadangan⟧', '⟦Ulangi frasa sandi⟧']) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), 'a long passphrase');
    }
    await user.click(screen.getByRole('button', { name: '⟦Buat kunci dan simpan cadangannya⟧' }));
    await screen.findByTestId('identity');
    const backup = downloads[0]!;
    expect(unmarked(container, await userMaterial([backup.name]))).toEqual([]);

    // Restoring: a file that is not a key file, then an unencrypted CLI key file.
    await user.click(screen.getByRole('button', { name: '⟦Pulihkan cadangan kunci⟧' }));
    await user.upload(screen.getByLabelText('⟦Berkas cadangan kunci⟧'), new File(['not json'], 'key.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('⟦Berkas ini bukan JSON');
    expect(unmarked(container, await userMaterial([backup.name]))).toEqual([]);
    await user.upload(screen.getByLabelText('⟦Berkas cadangan kunci⟧'), new File([backup.text], backup.name));
    await user.type(screen.getByLabelText('⟦Frasa sandi⟧'), 'the wrong passphrase');
    await user.click(screen.getByRole('button', { name: '⟦Pulihkan⟧' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('⟦Tidak ada yang dipulihkan: ⟦Frasa sandi salah');
    expect(unmarked(container, await userMaterial([backup.name]))).toEqual([]);
  });

  it('files dropped (one unreadable, one a certificate), the declaration form, the disagreement, a certificate made', async () => {
    await createIdentity(db, 'Ana Lima', 'ana@example.com', 'a long passphrase');
    restore = pseudoIndonesian();
    const user = userEvent.setup();
    const { container } = render(<CertificatesSection deps={deps()} />);
    await user.upload(screen.getByLabelText('⟦Berkas yang akan disertifikasi⟧'), [markdown(REPORT), new File([new Uint8Array([1, 2, 3, 4])], 'notes.xyz'), new File(['{}'], 'broken.assay.json')]);
    await waitFor(() => expect(screen.getAllByTestId('certify-item').map((i) => i.dataset.state)).toEqual(['ready', 'skipped', 'skipped']));
    expect(screen.getAllByTestId('certify-item')[1]).toHaveTextContent('⟦tidak disertakan: ⟦bukan sertifikat');
    // Nothing ticked yet: the form says what is missing.
    expect(unmarked(container, await userMaterial())).toEqual([]);

    await user.click(screen.getByLabelText(/Tidak memakai AI sama sekali/));
    expect(screen.getByRole('alert')).toHaveTextContent('Kemungkinan AI');
    expect(unmarked(container, await userMaterial())).toEqual([]);

    // Drafting (the passage picker), images (the tool field) and its missing image.
    await user.click(screen.getByLabelText(/AI menulis draf sebagian paragraf/));
    await user.click(screen.getByLabelText(/Gambar buatan AI/));
    expect(screen.getByRole('textbox', { name: '⟦Alat⟧' })).toHaveAttribute('placeholder', '⟦mis. Midjourney v7⟧');
    expect(unmarked(container, await userMaterial())).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: '⟦Alat⟧' }), 'Midjourney');
    expect(unmarked(container, await userMaterial(['Midjourney']))).toEqual([]);
    await user.click(screen.getByLabelText(/Gambar buatan AI/));

    const picker = screen.getByRole('list', { name: '⟦Paragraf yang drafnya ditulis AI⟧' });
    await user.click(within(picker).getAllByRole('checkbox')[0]!);
    await user.click(screen.getByRole('button', { name: /^⟦Tetap tandatangani/ }));
    await screen.findByTestId('signed');
    expect(screen.getByTestId('signed')).toHaveTextContent('⟦Sudah ditandatangani. Disimpan sebagai report.md.assay.json');
    // The history now holds the issued certificate.
    await screen.findByTestId('certificate-row');
    expect(unmarked(container, await userMaterial())).toEqual([]);

    // The certificate page to print or send: its words too (SHA-256 and RFC 7638 are names of standards).
    await user.click(screen.getByRole('button', { name: /^⟦Simpan halaman sertifikat/ }));
    const page = new DOMParser().parseFromString(downloads.at(-1)!.text, 'text/html');
    expect(page.documentElement.lang).toBe('id');
    expect(page.title).toBe('⟦Sertifikat Assay: report.md⟧');
    expect(unmarked(page.body, await userMaterial(['SHA-256', 'RFC 7638']))).toEqual([]);
  });

  it('an image certified with the tool that made it, then verified beside the scan of it now', async () => {
    await createIdentity(db, 'Ana Lima', undefined, 'a long passphrase');
    restore = pseudoIndonesian();
    const user = userEvent.setup();
    const { container } = render(<CertificatesSection deps={deps()} />);
    await user.upload(screen.getByLabelText('⟦Berkas yang akan disertifikasi⟧'), [markdown(REPORT), new File([PNG], 'cover.png')]);
    await waitFor(() => expect(screen.getAllByTestId('certify-item').map((i) => i.dataset.state)).toEqual(['ready', 'ready']));
    await user.click(screen.getByLabelText(/Tidak memakai AI sama sekali/));
    // Both warnings: flagged passages, and an image whose data says AI made it.
    expect(screen.getByRole('alert').querySelectorAll('li')).toHaveLength(2);
    expect(unmarked(container, await userMaterial())).toEqual([]);
    await user.click(screen.getByLabelText(/AI menulis draf sebagian paragraf/));
    await user.click(screen.getByLabelText(/Gambar buatan AI/));
    await user.type(screen.getByRole('textbox', { name: '⟦Alat⟧' }), 'Midjourney');
    for (const box of within(screen.getByRole('list', { name: '⟦Paragraf yang drafnya ditulis AI⟧' })).getAllByRole('checkbox')) await user.click(box);
    await user.click(screen.getByRole('button', { name: '⟦Tandatangani dan simpan sertifikat⟧' }));
    await screen.findByTestId('signed');
    const certificate = downloads.find((d) => d.name === 'report.md.assay.json')!;
    expect(unmarked(container, await userMaterial())).toEqual([]);

    await user.upload(screen.getByLabelText('⟦Sertifikat dan berkas yang akan diperiksa⟧'), [new File([certificate.text], certificate.name), markdown(REPORT), new File([PNG], 'cover.png')]);
    await waitFor(() => expect(screen.getAllByTestId('verify-content').map((c) => c.dataset.state)).toEqual(['ready', 'ready']));
    await user.click(screen.getByRole('button', { name: '⟦Periksa⟧' }));
    await waitFor(() => expect(screen.getByTestId('verify-image')).toHaveAttribute('data-state', 'unchanged'));
    expect(screen.getByTestId('verify-result')).toHaveTextContent('⟦sekarang: ⟦Dibuat AI');
    expect(unmarked(container, await userMaterial())).toEqual([]);
    await user.click(screen.getByRole('button', { name: /^⟦Simpan hasil pemeriksaan ini/ }));
    const page = new DOMParser().parseFromString(downloads.at(-1)!.text, 'text/html');
    expect(unmarked(page.body, await userMaterial(['SHA-256', 'RFC 7638']))).toEqual([]);
  });

  it('verify: unreadable, valid, tampered, a key not seen before, a new key for a known name; history and signers filled', async () => {
    const genuine = await signedElsewhere('genuine');
    const impostor = await signedElsewhere('impostor');
    restore = pseudoIndonesian();
    const user = userEvent.setup();
    const { container } = render(<CertificatesSection deps={deps()} />);
    const drop = (...files: File[]) => user.upload(screen.getByLabelText('⟦Sertifikat dan berkas yang akan diperiksa⟧'), files);
    const verify = () => user.click(screen.getByRole('button', { name: '⟦Periksa⟧' }));
    const status = (value: string) => waitFor(() => expect(screen.getByTestId('verify-result')).toHaveAttribute('data-status', value));

    // A certificate alone: only the signature is checked.
    await drop(new File(['{"claims": '], 'broken.assay.json'));
    expect(unmarked(container, await userMaterial())).toEqual([]);
    await verify();
    await status('malformed');
    expect(unmarked(container, await userMaterial())).toEqual([]);

    // The genuine certificate with its file: a key not seen before, then known.
    await drop(new File([genuine.text], 'report.md.assay.json'), markdown(REPORT), new File([new Uint8Array([1, 2, 3, 4])], 'notes.xyz'));
    await waitFor(() => expect(screen.getAllByTestId('verify-content').map((c) => c.dataset.state)).toEqual(['ready', 'skipped']));
    await verify();
    await status('unknown-key');
    expect(unmarked(container, await userMaterial())).toEqual([]);
    await user.click(within(screen.getAllByTestId('verify-content')[1]!).getByRole('button', { name: '⟦Hapus⟧' }));
    await verify();
    await status('valid');
    expect(unmarked(container, await userMaterial())).toEqual([]);

    // A tampered copy: passage 2 changed.
    await user.click(within(screen.getByTestId('verify-content')).getByRole('button', { name: '⟦Hapus⟧' }));
    await drop(markdown(REPORT.replace('Maria', 'Marta'), 'report-copy.md'));
    await waitFor(() => expect(screen.getByTestId('verify-content')).toHaveAttribute('data-state', 'ready'));
    await verify();
    await status('content-changed');
    expect(screen.getByTestId('verify-doc')).toHaveTextContent('⟦Paragraf 2 berubah⟧');
    expect(unmarked(container, await userMaterial())).toEqual([]);

    // The impostor: a new key under a name seen before.
    await drop(new File([impostor.text], 'report.md.assay.json'));
    await user.click(within(screen.getByTestId('verify-content')).getByRole('button', { name: '⟦Hapus⟧' }));
    await verify();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('⟦Ana Lima sebelumnya menandatangani dengan kunci lain⟧'));
    const names = await userMaterial([spokenFingerprint(impostor.fingerprint), impostor.fingerprint]);
    expect(unmarked(container, names)).toEqual([]);
    await user.click(screen.getByRole('button', { name: '⟦Sudah saya cek: percayai kunci baru ini⟧' }));
    await status('valid');
    // The verification as a page.
    await user.click(screen.getByRole('button', { name: /^⟦Simpan hasil pemeriksaan ini/ }));
    const page = new DOMParser().parseFromString(downloads.at(-1)!.text, 'text/html');
    expect(unmarked(page.body, [...names, 'SHA-256', 'RFC 7638'])).toEqual([]);
    await waitFor(() => expect(screen.getAllByTestId('signer-row')).toHaveLength(2));
    expect(screen.getAllByTestId('certificate-row').length).toBeGreaterThan(4);
    expect(unmarked(container, names)).toEqual([]);
  });
});

describe('Certificates in Indonesian', { timeout: 30_000 }, () => {
  it('a freelancer and a client read the section in Indonesian', async () => {
    await createIdentity(db, 'Ana Lima', undefined, 'a long passphrase');
    setLocale('id');
    const user = userEvent.setup();
    render(<CertificatesSection deps={deps()} />);
    expect(await screen.findByRole('heading', { name: 'Kunci tanda tangan Anda' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sertifikasi hasil kerja Anda' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Periksa sertifikat' })).toBeInTheDocument();
    expect(screen.getByText(/bukan bukti siapa penulisnya/)).toBeInTheDocument();

    await user.upload(screen.getByLabelText('Berkas yang akan disertifikasi'), markdown(REPORT));
    await waitFor(() => expect(screen.getByTestId('certify-item')).toHaveAttribute('data-state', 'ready'));
    expect(screen.getByRole('group', { name: 'Bagaimana AI dipakai?' })).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Tidak memakai AI sama sekali/));
    // The hedge of the verdict stays: "Kemungkinan AI", never a flat "AI".
    expect(screen.getByRole('alert')).toHaveTextContent(/Anda menyatakan tidak memakai AI, tetapi Assay memberi label Kemungkinan AI pada paragraf [\d, ]+\./);
    await user.click(screen.getByRole('button', { name: 'Tetap tandatangani, dengan hasil pemeriksaan di samping pernyataan saya' }));
    expect(await screen.findByTestId('signed')).toHaveTextContent('Sudah ditandatangani. Disimpan sebagai report.md.assay.json');

    const certificate = downloads.find((d) => d.name === 'report.md.assay.json')!;
    await user.upload(screen.getByLabelText('Sertifikat dan berkas yang akan diperiksa'), [new File([certificate.text], certificate.name), markdown(REPORT)]);
    await waitFor(() => expect(screen.getByTestId('verify-content')).toHaveAttribute('data-state', 'ready'));
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveTextContent(/Sah, dari kunci yang belum pernah terlihat/);
    expect(result).toHaveTextContent(/SAH: ditandatangani oleh Ana Lima \([a-z-]+\) pada \d{4}-\d\d-\d\d; konten tidak berubah; kunci yang belum pernah terlihat/);
    expect(result).toHaveTextContent('Tidak memakai AI sama sekali');
    expect(result).toHaveTextContent('kepekaan hati-hati');
    expect(within(result).getByRole('columnheader', { name: 'Pemeriksaan Assay sekarang' })).toBeInTheDocument();
    // Dates in the Indonesian style, marked up as dates.
    const signedOn = within(result).getByText((_, el) => el?.tagName === 'TIME');
    expect(signedOn.textContent).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(screen.getAllByTestId('certificate-row')[0]).toHaveTextContent(/^(Diperiksa|Ditandatangani)/);
    await user.click(screen.getByRole('button', { name: /^Simpan halaman sertifikat/ }));
    expect(downloads.at(-1)!.text).toMatch(/<h1>Sertifikat Assay<\/h1>[\s\S]*Pernyataan penggunaan AI[\s\S]*Tidak memakai AI sama sekali[\s\S]*Label adalah perkiraan, bukan bukti/);
    expect((await currentIdentity(db))?.name).toBe('Ana Lima');
  });
});
