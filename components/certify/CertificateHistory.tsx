import { useLiveQuery } from 'dexie-react-hooks';
import { spokenFingerprint } from '../../lib/certify/fingerprint';
import { deleteCertificate, forgetSigner, listCertificates, listSigners } from '../../lib/store/identities';
import { relativeTime } from '../format';
import type { CertifyDeps } from './deps';

const STATUS_TEXT: Record<string, string> = { valid: 'valid', 'unknown-key': 'valid, new key', 'content-changed': 'content changed', 'bad-signature': 'bad signature', malformed: 'unreadable' };

/** Certificates issued and checked in this browser, and the signers' keys it remembers. */
export function CertificateHistory({ deps }: { deps: CertifyDeps }) {
  const certificates = useLiveQuery(() => listCertificates(deps.db), [deps.db]);
  const signers = useLiveQuery(() => listSigners(deps.db), [deps.db]);
  return (
    <section className="certify-history" aria-labelledby="certificate-history-title">
      <h3 id="certificate-history-title">Certificates here</h3>
      {certificates === undefined ? null : certificates.length === 0 ? (
        <p className="empty">None yet: certificates you sign or check appear here.</p>
      ) : (
        <ul>
          {certificates.map((c) => (
            <li key={c.id} data-testid="certificate-row" data-kind={c.kind}>
              <strong>{c.kind === 'issued' ? 'Signed' : 'Checked'}</strong> {c.title} · {c.signerName} · {relativeTime(c.at)}
              {c.status && <span className="muted"> · {STATUS_TEXT[c.status] ?? c.status}</span>}{' '}
              {c.text && (
                <button type="button" className="link" onClick={() => deps.download(`${c.title}.assay.json`, 'application/json', c.text)}>
                  Save
                </button>
              )}{' '}
              <button type="button" className="link" onClick={() => void deleteCertificate(deps.db, c.id)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Signers you have seen</h3>
      {signers === undefined ? null : signers.length === 0 ? (
        <p className="empty">No signer yet: the first certificate from a name remembers its key, and a later one with another key is warned about.</p>
      ) : (
        <ul>
          {signers.map((s) => (
            <li key={s.id} data-testid="signer-row">
              {s.name} · <span className="fingerprint">{spokenFingerprint(s.fingerprint)}</span> <span className="muted">since {new Date(s.firstSeen).toLocaleDateString()}</span>{' '}
              <button type="button" className="link" onClick={() => void forgetSigner(deps.db, s.id)}>
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
