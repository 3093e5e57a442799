import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { spokenFingerprint } from '../../lib/certify/fingerprint';
import { keyFileName, MIN_PASSPHRASE_CHARS, parseKeyFile, needsPassphrase, type KeyFile } from '../../lib/certify/keys';
import { createIdentity, currentIdentity, restoreIdentity } from '../../lib/store/identities';
import { ErrorMessage } from '../ErrorMessage';
import { errorText, type CertifyDeps } from './deps';

/**
 * The freelancer's signing identity: made on first use (with its encrypted backup saved at once — the
 * only moment the key can be copied), restored from a backup in another browser, shown by its words.
 */
export function IdentityPanel({ deps }: { deps: CertifyDeps }) {
  // null once read and absent (undefined means still loading).
  const identity = useLiveQuery(async () => (await currentIdentity(deps.db)) ?? null, [deps.db]);
  const [mode, setMode] = useState<'create' | 'restore' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [backupFile, setBackupFile] = useState<KeyFile | null>(null);

  const saveBackup = (backup: KeyFile) => {
    const fileName = keyFileName(backup.fingerprint);
    deps.download(fileName, 'application/json', `${JSON.stringify(backup, null, 1)}\n`);
    return fileName;
  };

  const create = async () => {
    setError(null);
    if (!name.trim()) return setError('Give the name you sign with, as your clients know you.');
    if (passphrase.length < MIN_PASSPHRASE_CHARS) return setError(`The passphrase needs at least ${MIN_PASSPHRASE_CHARS} characters: it protects the backup of your key.`);
    if (passphrase !== again) return setError('The two passphrases differ.');
    setBusy(true);
    try {
      const { backup } = await createIdentity(deps.db, name, contact, passphrase);
      const fileName = saveBackup(backup);
      setNotice(`Your key is made. Its backup was saved as ${fileName}: keep it somewhere safe. With its passphrase it moves your identity to another browser or to the assay command; without it, a lost browser profile means a new key your clients have not seen.`);
      setMode(null);
      setPassphrase('');
      setAgain('');
    } catch (e) {
      setError(`The key could not be made: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    setError(null);
    if (!backupFile) return setError('Choose the backup file (assay-key-….json).');
    setBusy(true);
    try {
      // A CLI key file may be unencrypted: the passphrase then protects the fresh backup written now.
      const { backup } = await restoreIdentity(deps.db, backupFile, passphrase);
      const fileName = saveBackup(backup);
      setNotice(`Restored ${backup.name} (${spokenFingerprint(backup.fingerprint)}). A fresh backup, encrypted with this passphrase, was saved as ${fileName}.`);
      setMode(null);
      setPassphrase('');
      setBackupFile(null);
    } catch (e) {
      setError(`Nothing was restored: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const chooseBackup = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    try {
      setBackupFile(parseKeyFile(await file.text()));
    } catch (e) {
      setBackupFile(null);
      setError(errorText(e));
    }
  };

  return (
    <section className="certify-identity" aria-labelledby="identity-title">
      <h3 id="identity-title">Your signing key</h3>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {identity === undefined ? null : identity ? (
        <div data-testid="identity">
          <p>
            <strong>{identity.name}</strong>
            {identity.contact ? <> · {identity.contact}</> : null}
          </p>
          <p>
            Fingerprint: <span className="fingerprint">{spokenFingerprint(identity.fingerprint)}</span>
          </p>
          <p className="muted">
            Clients see these words on every certificate you sign. To let them check it is you, publish your key’s thumbprint <code>{identity.id}</code> at
            https://your-domain/.well-known/assay-key or on a profile page.
          </p>
        </div>
      ) : (
        <p className="muted">You have no signing key in this browser yet. Make one (it stays on this computer), or restore the backup of the one you use elsewhere.</p>
      )}
      <div className="actions">
        {!identity && (
          <button type="button" className="primary" onClick={() => setMode(mode === 'create' ? null : 'create')}>
            Create a signing key
          </button>
        )}
        <button type="button" className="secondary" onClick={() => setMode(mode === 'restore' ? null : 'restore')}>
          Restore a key backup
        </button>
      </div>
      {mode === 'create' && (
        <form
          className="certify-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label>
            Your name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" />
          </label>
          <label>
            Contact (optional) <input value={contact} onChange={(e) => setContact(e.target.value)} maxLength={300} placeholder="e-mail or profile page" />
          </label>
          <label>
            Passphrase for the backup <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
          </label>
          <label>
            The same passphrase again <input type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Making the key…' : 'Create the key and save its backup'}
          </button>
        </form>
      )}
      {mode === 'restore' && (
        <form
          className="certify-form"
          onSubmit={(e) => {
            e.preventDefault();
            void restore();
          }}
        >
          <label>
            Key backup <input type="file" accept="application/json,.json" aria-label="Key backup file" onChange={(e) => void chooseBackup(e.target.files?.[0])} />
          </label>
          {backupFile && (
            <p className="muted">
              {backupFile.name} · {spokenFingerprint(backupFile.fingerprint)}
            </p>
          )}
          {backupFile && !needsPassphrase(backupFile) && <p className="muted">This key file is not encrypted (made by the assay command without a passphrase): choose a passphrase to protect the backup saved now.</p>}
          <label>
            Passphrase <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Restoring…' : 'Restore'}
          </button>
        </form>
      )}
    </section>
  );
}
