import { keyThumbprint, nameKey, rememberSigner, type KnownSigner } from '../certify';
import { generateIdentity, importSigningKey, openKeyFile, writeKeyFile, type KeyFile, type OpenIdentity } from '../certify/keys';
import type { AssayDB } from './db';
import type { CertificateRow, IdentityRow, SignerRow } from './certify-rows';

/**
 * The freelancer's signing identity in IndexedDB. Key material is in memory only inside
 * `createIdentity` and `restoreIdentity`, which write the passphrase-encrypted backup in that moment
 * and store the private key as a non-extractable CryptoKey.
 */

async function store(db: AssayDB, identity: OpenIdentity, passphrase: string, origin: IdentityRow['origin'], now: number): Promise<{ row: IdentityRow; backup: KeyFile }> {
  const backup = await writeKeyFile(identity, passphrase);
  const row: IdentityRow = {
    id: await keyThumbprint(identity.publicKey),
    name: identity.name,
    ...(identity.contact ? { contact: identity.contact } : {}),
    publicKey: identity.publicKey,
    fingerprint: backup.fingerprint,
    createdAt: Date.parse(identity.createdAt),
    privateKey: await importSigningKey(identity),
    backedUpAt: now,
    origin,
  };
  await db.identities.put(row);
  return { row, backup };
}

/** Makes a new identity; the backup returned must be offered to the user at once (it is the only copy). */
export async function createIdentity(db: AssayDB, name: string, contact: string | undefined, passphrase: string, now = Date.now()): Promise<{ row: IdentityRow; backup: KeyFile }> {
  return store(db, await generateIdentity(name.trim(), contact?.trim() || undefined, new Date(now)), passphrase, 'created', now);
}

/** Restores a backup (or a CLI key file) into this browser, re-encrypting a fresh backup under the passphrase. */
export async function restoreIdentity(db: AssayDB, file: KeyFile, passphrase: string, now = Date.now()): Promise<{ row: IdentityRow; backup: KeyFile }> {
  const identity = await openKeyFile(file, file.private.protection === 'passphrase' ? passphrase : undefined);
  return store(db, identity, passphrase, 'restored', now);
}

/** The identity used to sign: the newest one. */
export async function currentIdentity(db: AssayDB): Promise<IdentityRow | undefined> {
  return db.identities.orderBy('createdAt').last();
}

export function deleteIdentity(db: AssayDB, id: string): Promise<void> {
  return db.identities.delete(id);
}

/** Every key remembered under a name (folded), for trust on first use. */
export async function knownSigners(db: AssayDB, name: string): Promise<KnownSigner[]> {
  return db.signers.where('nameKey').equals(nameKey(name)).toArray();
}

/** Remembers a signer's key after a verification (first sight, or a new key the user accepted). */
export async function rememberKey(db: AssayDB, signer: { name: string; fingerprint: string }, thumbprint: string, now = Date.now()): Promise<SignerRow> {
  return db.transaction('rw', db.signers, async () => {
    const known = await knownSigners(db, signer.name);
    const entry = rememberSigner(signer, thumbprint, known, now);
    const row = { ...entry, id: `${entry.nameKey}|${entry.thumbprint}` };
    await db.signers.put(row);
    return row;
  });
}

export function listSigners(db: AssayDB): Promise<SignerRow[]> {
  return db.signers.orderBy('nameKey').toArray();
}

export function forgetSigner(db: AssayDB, id: string): Promise<void> {
  return db.signers.delete(id);
}

export async function saveCertificate(db: AssayDB, row: Omit<CertificateRow, 'id'>, newId: () => string = () => crypto.randomUUID()): Promise<CertificateRow> {
  const full = { ...row, id: newId() };
  await db.certificates.put(full);
  return full;
}

export function listCertificates(db: AssayDB): Promise<CertificateRow[]> {
  return db.certificates.orderBy('at').reverse().toArray();
}

export function deleteCertificate(db: AssayDB, id: string): Promise<void> {
  return db.certificates.delete(id);
}
