import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { FINGERPRINT_WORDS } from '../../../lib/certify/words';
import { fingerprintOf, keyThumbprint, spokenFingerprint } from '../../../lib/certify/fingerprint';
import { generateIdentity, importSigningKey, keyFileName, KeyFileError, MIN_PASSPHRASE_CHARS, openKeyFile, parseKeyFile, PBKDF2_ITERATIONS, writeKeyFile } from '../../../lib/certify/keys';

describe('fingerprints', () => {
  it('uses 256 distinct lowercase words, pinned: changing one would change every fingerprint ever shown', () => {
    expect(FINGERPRINT_WORDS).toHaveLength(256);
    expect(new Set(FINGERPRINT_WORDS).size).toBe(256);
    expect(FINGERPRINT_WORDS.every((w) => /^[a-z]{3,8}$/.test(w))).toBe(true);
    expect(createHash('sha256').update(FINGERPRINT_WORDS.join(' ')).digest('hex').slice(0, 16)).toBe('31b45148388dc74b');
  });

  it('is eight words from the RFC 7638 thumbprint, the same for the same key', async () => {
    // RFC 8037 appendix A.2's public key, and its RFC 7638 thumbprint from appendix A.3.
    const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' } as const;
    expect(await keyThumbprint(key)).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
    const words = await fingerprintOf(key);
    expect(words.split('-')).toHaveLength(8);
    expect(words.split('-')[0]).toBe(FINGERPRINT_WORDS[0x90]);
    expect(spokenFingerprint(words).split(' · ')).toHaveLength(4);
  });
});

describe('key files and backups', () => {
  it('encrypts with PBKDF2 and AES-GCM and restores the same identity, which signs', async () => {
    const identity = await generateIdentity('Ana Lima', 'ana@example.org', new Date(Date.UTC(2026, 11, 1)));
    const file = await writeKeyFile(identity, 'correct horse battery');
    expect(file.private.protection).toBe('passphrase');
    if (file.private.protection === 'passphrase') expect(file.private.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    const text = JSON.stringify(file);
    expect(text).not.toContain(identity.d);
    const back = await openKeyFile(parseKeyFile(text), 'correct horse battery');
    expect(back).toEqual(identity);
    const key = await importSigningKey(back);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key)).rejects.toThrow();
    expect(keyFileName(file.fingerprint)).toMatch(/^assay-key-[a-z]+-[a-z]+-[a-z]+\.json$/);
  });

  it('refuses a wrong passphrase, a short one, a swapped public key or name, and a weakened KDF', async () => {
    const identity = await generateIdentity('Ana Lima', undefined);
    await expect(writeKeyFile(identity, 'short')).rejects.toThrow(`at least ${MIN_PASSPHRASE_CHARS} characters`);
    const file = await writeKeyFile(identity, 'correct horse battery');
    await expect(openKeyFile(file, 'wrong horse battery')).rejects.toThrow('Wrong passphrase, or the key file was altered.');
    await expect(openKeyFile(file)).rejects.toThrow(/encrypted/);
    const other = await generateIdentity('Mallory', undefined);
    await expect(openKeyFile({ ...file, publicKey: other.publicKey }, 'correct horse battery')).rejects.toThrow(KeyFileError);
    await expect(openKeyFile({ ...file, name: 'Mallory' }, 'correct horse battery')).rejects.toThrow(/Wrong passphrase/);
    const weak = JSON.parse(JSON.stringify(file));
    weak.private.kdf.iterations = 1000;
    expect(() => parseKeyFile(JSON.stringify(weak))).toThrow(/damaged or from a newer Assay/);
  });

  it('reads an unencrypted CLI key file, and refuses one whose private key is not its public key', async () => {
    const identity = await generateIdentity('Ana Lima', undefined);
    const file = await writeKeyFile(identity, undefined);
    expect(await openKeyFile(parseKeyFile(JSON.stringify(file)))).toEqual(identity);
    const other = await generateIdentity('Ana Lima', undefined);
    const mixed = { ...file, private: { protection: 'none' as const, d: other.d } };
    await expect(openKeyFile(mixed)).rejects.toThrow('does not belong to its public key');
  });

  it.each([
    ['not JSON', 'nope', /not JSON/],
    ['another file', '{"format":"x"}', /not an Assay key file/],
    ['a huge file', `"${'x'.repeat(70_000)}"`, /too large/],
  ])('explains %s', (_, text, message) => {
    expect(() => parseKeyFile(text)).toThrow(message);
  });
});
