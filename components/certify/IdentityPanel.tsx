import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { spokenFingerprint } from '../../lib/certify/fingerprint';
import { keyFileName, MIN_PASSPHRASE_CHARS, parseKeyFile, needsPassphrase, type KeyFile } from '../../lib/certify/keys';
import { createIdentity, currentIdentity, restoreIdentity } from '../../lib/store/identities';
import { ErrorMessage } from '../ErrorMessage';
import { errorText, type CertifyDeps } from './deps';
import { t } from '../../lib/i18n';
import { richText } from '../rich';

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
    if (!name.trim()) return setError(t('certify.identity.needName'));
    if (passphrase.length < MIN_PASSPHRASE_CHARS) return setError(t('certify.identity.shortPassphrase', { n: MIN_PASSPHRASE_CHARS }));
    if (passphrase !== again) return setError(t('certify.identity.passphrasesDiffer'));
    setBusy(true);
    try {
      const { backup } = await createIdentity(deps.db, name, contact, passphrase);
      const fileName = saveBackup(backup);
      setNotice(t('certify.identity.made', { file: fileName }));
      setMode(null);
      setPassphrase('');
      setAgain('');
    } catch (e) {
      setError(t('certify.identity.makeFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    setError(null);
    if (!backupFile) return setError(t('certify.identity.chooseBackup'));
    setBusy(true);
    try {
      // A CLI key file may be unencrypted: the passphrase then protects the fresh backup written now.
      const { backup } = await restoreIdentity(deps.db, backupFile, passphrase);
      const fileName = saveBackup(backup);
      setNotice(t('certify.identity.restored', { name: backup.name, fingerprint: spokenFingerprint(backup.fingerprint), file: fileName }));
      setMode(null);
      setPassphrase('');
      setBackupFile(null);
    } catch (e) {
      setError(t('certify.identity.restoreFailed', { error: errorText(e) }));
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
      <h3 id="identity-title">{t('certify.identity.title')}</h3>
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
            {t('certify.identity.fingerprint')} <span className="fingerprint">{spokenFingerprint(identity.fingerprint)}</span>
          </p>
          <p className="muted">{richText('certify.identity.publish', { thumbprint: <code>{identity.id}</code> })}</p>
        </div>
      ) : (
        <p className="muted">{t('certify.identity.none')}</p>
      )}
      <div className="actions">
        {!identity && (
          <button type="button" className="primary" onClick={() => setMode(mode === 'create' ? null : 'create')}>
            {t('certify.identity.create')}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => setMode(mode === 'restore' ? null : 'restore')}>
          {t('certify.identity.restore')}
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
            {t('certify.identity.name')} <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" />
          </label>
          <label>
            {t('certify.identity.contact')} <input value={contact} onChange={(e) => setContact(e.target.value)} maxLength={300} placeholder={t('certify.identity.contactPlaceholder')} />
          </label>
          <label>
            {t('certify.identity.passphrase')} <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />
          </label>
          <label>
            {t('certify.identity.again')} <input type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {t(busy ? 'certify.identity.making' : 'certify.identity.createSubmit')}
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
            {t('certify.identity.backup')} <input type="file" accept="application/json,.json" aria-label={t('certify.identity.backupFile')} onChange={(e) => void chooseBackup(e.target.files?.[0])} />
          </label>
          {backupFile && (
            <p className="muted">
              {backupFile.name} · {spokenFingerprint(backupFile.fingerprint)}
            </p>
          )}
          {backupFile && !needsPassphrase(backupFile) && <p className="muted">{t('certify.identity.unencrypted')}</p>}
          <label>
            {t('certify.identity.passphraseOnly')} <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {t(busy ? 'certify.identity.restoring' : 'certify.identity.restoreSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
