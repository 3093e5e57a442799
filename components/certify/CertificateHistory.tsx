import { useLiveQuery } from 'dexie-react-hooks';
import { spokenFingerprint } from '../../lib/certify/fingerprint';
import { deleteCertificate, forgetSigner, listCertificates, listSigners } from '../../lib/store/identities';
import { relativeTime } from '../format';
import type { CertifyDeps } from './deps';
import { t, type MessageKey } from '../../lib/i18n';
import { richText, When } from '../rich';

const STATUS_TEXT: Record<string, MessageKey> = {
  valid: 'certify.history.status.valid',
  'unknown-key': 'certify.history.status.unknownKey',
  'content-changed': 'certify.history.status.contentChanged',
  'bad-signature': 'certify.history.status.badSignature',
  malformed: 'certify.history.status.malformed',
};

/** Certificates issued and checked in this browser, and the signers' keys it remembers. */
export function CertificateHistory({ deps }: { deps: CertifyDeps }) {
  const certificates = useLiveQuery(() => listCertificates(deps.db), [deps.db]);
  const signers = useLiveQuery(() => listSigners(deps.db), [deps.db]);
  return (
    <section className="certify-history" aria-labelledby="certificate-history-title">
      <h3 id="certificate-history-title">{t('certify.history.title')}</h3>
      {certificates === undefined ? null : certificates.length === 0 ? (
        <p className="empty">{t('certify.history.empty')}</p>
      ) : (
        <ul>
          {certificates.map((c) => (
            <li key={c.id} data-testid="certificate-row" data-kind={c.kind}>
              {/* A certificate that could not be read has no signer: its stored title and name are placeholders, not the user's. */}
              <strong>{t(c.kind === 'issued' ? 'certify.history.issued' : 'certify.history.verified')}</strong> {c.fingerprint ? `${c.title} · ${c.signerName}` : t('certify.history.unreadable')} · <time dateTime={new Date(c.at).toISOString()}>{relativeTime(c.at)}</time>
              {c.status && <span className="muted"> · {Object.hasOwn(STATUS_TEXT, c.status) ? t(STATUS_TEXT[c.status]!) : c.status}</span>}{' '}
              {c.text && (
                <button type="button" className="link" onClick={() => deps.download(`${c.title}.assay.json`, 'application/json', c.text)}>
                  {t('certify.history.save')}
                </button>
              )}{' '}
              <button type="button" className="link" onClick={() => void deleteCertificate(deps.db, c.id)}>
                {t('certify.history.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('certify.history.signers')}</h3>
      {signers === undefined ? null : signers.length === 0 ? (
        <p className="empty">{t('certify.history.noSigners')}</p>
      ) : (
        <ul>
          {signers.map((s) => (
            <li key={s.id} data-testid="signer-row">
              {s.name} · <span className="fingerprint">{spokenFingerprint(s.fingerprint)}</span> <span className="muted">{richText('certify.history.since', { date: <When at={s.firstSeen} dateOnly /> })}</span>{' '}
              <button type="button" className="link" onClick={() => void forgetSigner(deps.db, s.id)}>
                {t('certify.history.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
