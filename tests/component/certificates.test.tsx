// Certificates in the dashboard: make a key, certify a dropped file, verify it, tamper, substitute a key.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CertificatesSection, type CertifyDeps } from '../../components/certify/CertificatesSection';
import { openDatabase, type AssayDB } from '../../lib/store/db';
import { createIdentity } from '../../lib/store/identities';
import { REPORT } from '../unit/certify/helpers';
import { scanWithDetector } from './fixtures';

let db: AssayDB;
let name: string;
let n = 0;
let downloads: { name: string; text: string }[];

const scan = scanWithDetector;

function deps(): CertifyDeps {
  return {
    db,
    scan: vi.fn(scan),
    readImage: vi.fn(async () => ({ ok: false as const, error: 'no images here' })),
    download: (fileName, _type, text) => downloads.push({ name: fileName, text }),
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  };
}

beforeEach(() => {
  name = `certificates-ui-${++n}`;
  db = openDatabase(name);
  downloads = [];
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const markdown = (text: string, fileName = 'report.md') => new File([text], fileName, { type: 'text/markdown' });

describe('Certificates section', () => {
  it('makes a signing key on first use and saves its encrypted backup at once', async () => {
    const user = userEvent.setup();
    render(<CertificatesSection deps={deps()} />);
    expect(await screen.findByText(/You have no signing key in this browser yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create a signing key' }));
    await user.type(screen.getByLabelText('Your name'), 'Ana Lima');
    await user.type(screen.getByLabelText('Passphrase for the backup'), 'short');
    await user.type(screen.getByLabelText('The same passphrase again'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create the key and save its backup' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/at least 10 characters/);
    await user.clear(screen.getByLabelText('Passphrase for the backup'));
    await user.type(screen.getByLabelText('Passphrase for the backup'), 'a long passphrase');
    await user.clear(screen.getByLabelText('The same passphrase again'));
    await user.type(screen.getByLabelText('The same passphrase again'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create the key and save its backup' }));
    expect(await screen.findByTestId('identity')).toHaveTextContent(/Ana Lima.*Fingerprint: [a-z]+ [a-z]+ · /);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^assay-key-[a-z-]+\.json$/);
    expect(JSON.parse(downloads[0]!.text)).toMatchObject({ format: 'assay-key', private: { protection: 'passphrase' } });
    expect(screen.getByRole('status')).toHaveTextContent(/Its backup was saved as assay-key-/);
  });

  it('certifies a dropped file, warning first when "no AI" disagrees with the scan, then verifies it and catches a tampered copy', async () => {
    const user = userEvent.setup();
    await createIdentity(db, 'Ana Lima', undefined, 'a long passphrase');
    render(<CertificatesSection deps={deps()} />);
    await user.upload(screen.getByLabelText('Files to certify'), markdown(REPORT));
    await waitFor(() => expect(screen.getByTestId('certify-item')).toHaveAttribute('data-state', 'ready'));
    const sign = () => screen.getByRole('button', { name: /^Sign/ });
    expect(sign()).toBeDisabled();
    await user.click(screen.getByLabelText(/No AI was used/));
    expect(screen.getByRole('alert')).toHaveTextContent(/You declare no AI use, but Assay labels passages? .* Likely AI/);
    expect(sign()).toHaveTextContent('Sign anyway, with the scan beside my declaration');
    // Declaring the flagged passages as drafted removes the warning.
    await user.click(screen.getByLabelText(/AI drafted some passages/));
    const picker = screen.getByRole('list', { name: 'Passages AI drafted' });
    for (const item of within(picker).getAllByRole('checkbox')) if (item.closest('li')?.textContent?.includes('Likely AI')) await user.click(item);
    expect(screen.queryByText(/disagree/)).not.toBeInTheDocument();
    await user.click(sign());
    expect(await screen.findByTestId('signed')).toHaveTextContent('Signed. Saved as report.md.assay.json');
    const certificate = downloads.find((d) => d.name === 'report.md.assay.json')!;
    expect(JSON.parse(certificate.text).claims.declaration.uses[0].use).toBe('drafting');

    // The client's side: certificate and file dropped together.
    await user.upload(screen.getByLabelText('Certificate and files to verify'), [new File([certificate.text], certificate.name), markdown(REPORT)]);
    await waitFor(() => expect(screen.getByTestId('verify-content')).toHaveAttribute('data-state', 'ready'));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    const result = await screen.findByTestId('verify-result');
    expect(result).toHaveAttribute('data-status', 'unknown-key');
    expect(result).toHaveTextContent(/VALID: signed by Ana Lima .*content unchanged; a key not seen before/);
    expect(result).toHaveTextContent(/AI drafted some passages/);
    expect(within(result).getByRole('columnheader', { name: 'Assay’s scan now' })).toBeInTheDocument();

    // A tampered copy of the text: one character.
    await user.click(within(screen.getByRole('list', { name: 'What will be checked' })).getByRole('button', { name: 'Remove' }));
    await user.upload(screen.getByLabelText('Certificate and files to verify'), markdown(REPORT.replace('Maria', 'Marta'), 'report-copy.md'));
    await waitFor(() => expect(screen.getByTestId('verify-content')).toHaveAttribute('data-state', 'ready'));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('verify-result')).toHaveAttribute('data-status', 'content-changed'));
    expect(screen.getByTestId('verify-result')).toHaveTextContent('INVALID: the content changed since signing: report.md: passage 2 changed');
    expect(screen.getByTestId('verify-doc')).toHaveTextContent(/Passage 2 changed — signed: “I spent Tuesday/);
  });

  it('warns when a known name arrives with a new key, and trusts it only when the client says so', async () => {
    const user = userEvent.setup();
    // The genuine signer, seen once; then an impostor under the same name.
    const sign = async (signer: string) => {
      const other = openDatabase(`${name}-${signer}`);
      try {
        const { row } = await createIdentity(other, 'Ana Lima', undefined, 'a long passphrase');
        const { signAndKeep } = await import('../../lib/ui/certificates');
        return (await signAndKeep(other, { identity: row, records: [await scan({ source: { kind: 'file', url: 'report.md', title: 'report.md' }, segments: (await import('../../lib/extract/plain')).markdownSegments(REPORT) })], images: [], declaration: { uses: [{ use: 'research' }], note: '' } })).text;
      } finally {
        other.close();
        await Dexie.delete(`${name}-${signer}`);
      }
    };
    const genuine = await sign('genuine');
    const impostor = await sign('impostor');
    render(<CertificatesSection deps={deps()} />);
    const verify = async (text: string) => {
      await user.upload(screen.getByLabelText('Certificate and files to verify'), new File([text], 'report.md.assay.json'));
      await user.click(screen.getByRole('button', { name: 'Verify' }));
    };
    await verify(genuine);
    await waitFor(() => expect(screen.getByTestId('verify-result')).toHaveAttribute('data-status', 'unknown-key'));
    expect(await screen.findByTestId('signer-row')).toHaveTextContent('Ana Lima');
    await verify(genuine);
    await waitFor(() => expect(screen.getByTestId('verify-result')).toHaveAttribute('data-status', 'valid'));
    await verify(impostor);
    await waitFor(() => expect(screen.getByTestId('verify-result')).toHaveTextContent(/WARNING: Ana Lima signed before with another key/));
    expect(screen.getByRole('alert')).toHaveTextContent(/Someone may be using their name/);
    await user.click(screen.getByRole('button', { name: 'I checked: trust this new key' }));
    await waitFor(() => expect(screen.getByTestId('verify-result')).toHaveAttribute('data-status', 'valid'));
    expect(screen.getAllByTestId('signer-row')).toHaveLength(2);
  });

  it('names a file it cannot read instead of dropping it', async () => {
    const user = userEvent.setup();
    render(<CertificatesSection deps={deps()} />);
    await user.upload(screen.getByLabelText('Files to certify'), new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'brief.docx'));
    // .docx is read by the audit's reader, loaded when such a file is dropped: a damaged one is named with the reader's reason.
    await waitFor(() => expect(screen.getByTestId('certify-item')).toHaveAttribute('data-state', 'skipped'), { timeout: 15_000 });
    expect(screen.getByTestId('certify-item').textContent).toMatch(/not included: brief\.docx (is damaged|is not a Word document)/);
  });
});
