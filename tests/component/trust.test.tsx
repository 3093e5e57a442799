import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImageSettings } from '../../components/dashboard/settings/ImageSettings';
import { loadSettings } from '../../lib/settings/storage';

const CERT = '-----BEGIN CERTIFICATE-----\n' + 'QUJD'.repeat(30) + '\n-----END CERTIFICATE-----';

beforeEach(() => fakeBrowser.reset());

describe('the C2PA trust list in settings', () => {
  it('saves pasted certificates, normalized, and says how many', async () => {
    render(<ImageSettings />);
    const box = await screen.findByLabelText(/signers you trust/);
    await userEvent.click(box);
    await userEvent.paste(`\n${CERT}\n\n`);
    await userEvent.click(screen.getByRole('button', { name: 'Save trust list' }));
    expect(await screen.findByText('Trust list saved: 1 certificate.')).toBeVisible();
    await waitFor(async () => expect((await loadSettings()).trustAnchors).toBe(CERT.replace('QUJD'.repeat(30), ('QUJD'.repeat(30).match(/.{1,64}/g) ?? []).join('\n'))));
  });

  it('refuses a paste with stray text and keeps what was saved', async () => {
    render(<ImageSettings />);
    const box = await screen.findByLabelText(/signers you trust/);
    await userEvent.click(box);
    await userEvent.paste(`${CERT}\nthis line is not a certificate`);
    await userEvent.click(screen.getByRole('button', { name: 'Save trust list' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/text outside the certificate blocks.*Nothing was saved/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect((await loadSettings()).trustAnchors).toBe('');
  });
});
