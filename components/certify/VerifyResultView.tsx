import { changeSummary, declarationLines, spokenFingerprint, type VerifyResult } from '../../lib/certify';
import { excerpt, IMAGE_VERDICTS, passageLabelText, verdictLine } from '../../lib/report/labels';
import { LabelPill } from '../LabelPill';
import { wellKnownUrl } from '../../lib/certify/well-known';
import { dateTime, t, type MessageKey } from '../../lib/i18n';
import { richText, When } from '../rich';

const HEADLINE: Record<VerifyResult['status'], MessageKey> = {
  valid: 'certify.status.valid',
  'unknown-key': 'certify.status.unknownKey',
  'content-changed': 'certify.status.contentChanged',
  'bad-signature': 'certify.status.badSignature',
  malformed: 'certify.status.malformed',
};

/** Changed passages quoted one by one; a longer list would bury the verdict. */
const MAX_QUOTED_CHANGES = 50;

/** Sensitivity words for the engine line; an unknown value (a newer Assay) is shown as it is. */
const SENSITIVITY: Record<string, MessageKey> = { cautious: 'sensitivity.cautious', balanced: 'sensitivity.balanced', sensitive: 'sensitivity.sensitive' };

/** A verification in plain words: who, when, what was declared, what changed, the scan then and now. */
export function VerifyResultView({ result, nowImages, onAcceptKey }: { result: VerifyResult; nowImages: Record<string, string>; onAcceptKey?: () => void }) {
  const claims = result.claims;
  const ok = result.status === 'valid' || result.status === 'unknown-key';
  return (
    <div className={`verify-result ${result.status}`} data-testid="verify-result" data-status={result.status}>
      <p className="verify-headline" role="status">
        <strong>{t(HEADLINE[result.status])}</strong>
        <br />
        {t(ok ? 'certify.result.valid' : 'certify.result.invalid', { reason: result.reason })}
      </p>
      {result.trust?.state === 'key-changed' && claims && (
        <div className="warning" role="alert">
          <strong>{t('certify.trust.changedTitle', { name: claims.signer.name })}</strong> ({result.trust.previous.map((p) => spokenFingerprint(p.fingerprint)).join('; ')}).{' '}
          {t('certify.trust.changedText', { name: claims.signer.name, fingerprint: spokenFingerprint(claims.signer.fingerprint) })}
          {onAcceptKey && (
            <div>
              <button type="button" className="secondary" onClick={onAcceptKey}>
                {t('certify.trust.accept')}
              </button>
            </div>
          )}
        </div>
      )}
      {claims && (
        <dl className="verify-facts">
          <dt>{t('certify.result.signedBy')}</dt>
          <dd>
            {claims.signer.name}
            {claims.signer.contact ? ` · ${claims.signer.contact}` : ''}
            <br />
            <span className="fingerprint">{spokenFingerprint(claims.signer.fingerprint)}</span>
            {result.trust && (
              <span className="muted">
                {' '}
                ·{' '}
                {result.trust.state === 'known'
                  ? richText('certify.trust.known', { date: <When at={result.trust.since} dateOnly /> })
                  : t(result.trust.state === 'new' ? 'certify.trust.new' : 'certify.trust.changed')}
              </span>
            )}
          </dd>
          {result.thumbprint && (
            <dd className="muted">
              {t('certify.result.thumbprint')} <code>{result.thumbprint}</code>
              {(() => {
                // The one online step, only if the client chooses it: their browser opens the signer's own page.
                const url = claims.signer.contact ? wellKnownUrl(claims.signer.contact) : undefined;
                return url ? (
                  <>
                    {' '}
                    ·{' '}
                    {richText('certify.result.wellKnown', {
                      url: (
                        <a href={url} target="_blank" rel="noreferrer noopener">
                          {url}
                        </a>
                      ),
                    })}
                  </>
                ) : null;
              })()}
            </dd>
          )}
          <dt>{t('certify.result.signedOn')}</dt>
          <dd>
            <time dateTime={claims.issuedAt}>{dateTime(Date.parse(claims.issuedAt))}</time>
          </dd>
          <dt>{t('certify.result.declared')}</dt>
          <dd>
            <ul>
              {declarationLines(claims).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {claims.declaration.note && <q>{claims.declaration.note}</q>}
          </dd>
        </dl>
      )}
      {claims &&
        result.documents.map((doc) => {
          const then = claims.scan.documents[doc.index]!;
          const now = doc.now?.verdict;
          const signed = claims.subject.documents[doc.index]!.passages;
          return (
            <section key={doc.index} className="verify-doc" data-testid="verify-doc" data-state={doc.state}>
              <h4>
                {doc.name}: {doc.state === 'changed' ? changeSummary(doc.changes) : doc.state === 'not-given' ? t('certify.doc.notGiven') : doc.state === 'unrelated' ? t('certify.doc.unrelated', { given: doc.given ?? '' }) : t('certify.doc.unchanged')}
              </h4>
              <table className="then-now">
                <thead>
                  <tr>
                    <th>{t('certify.doc.then')}</th>
                    <th>{t('certify.doc.now')}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td>
                      <LabelPill label={then.label} text={verdictLine(then.label, then.aiShare, ' · ', then.probability)} />
                    </td>
                    <td>{now ? <LabelPill label={now.label} text={verdictLine(now.label, now.aiShare, ' · ', now.probability)} /> : <span className="muted">{t('certify.doc.notScanned')}</span>}</td>
                  </tr>
                </tbody>
              </table>
              {doc.changes.length > 0 && (
                <ul className="changes">
                  {doc.changes.slice(0, MAX_QUOTED_CHANGES).map((change, i) => (
                    <li key={i}>
                      {change.kind === 'added' ? t('certify.doc.added', { n: change.now + 1 }) : t(change.kind === 'changed' ? 'certify.doc.passageChanged' : 'certify.doc.passageRemoved', { n: change.signed + 1 })}
                      {'signed' in change && <> {t('certify.doc.signedQuote', { quote: excerpt(signed[change.signed]!.opening, 70), label: passageLabelText(then.passages[change.signed]!.label) })}</>}
                      {'now' in change &&
                        doc.now &&
                        (() => {
                          const passage = doc.now.passages[change.now]!;
                          const quote = excerpt(passage.text, 70);
                          return <> {passage.label ? t('certify.doc.nowQuoteLabel', { quote, label: passageLabelText(passage.label) }) : t('certify.doc.nowQuote', { quote })}</>;
                        })()}
                    </li>
                  ))}
                  {/* The first changes are quoted; the rest are counted, never left out unsaid. */}
                  {doc.changes.length > MAX_QUOTED_CHANGES && <li className="muted">…{t('certify.more', { n: doc.changes.length - MAX_QUOTED_CHANGES })}</li>}
                </ul>
              )}
            </section>
          );
        })}
      {claims &&
        result.images.map((image) => {
          const then = claims.scan.images[image.index]!;
          const now = image.given ? nowImages[image.given] : undefined;
          return (
            <p key={image.index} data-testid="verify-image" data-state={image.state}>
              <strong>{image.name}</strong>: {t(image.state === 'unchanged' ? 'certify.doc.unchanged' : image.state === 'changed' ? 'certify.image.changed' : 'certify.doc.notGiven')} ·{' '}
              {t('certify.image.then', { verdict: then.verdict ? IMAGE_VERDICTS[then.verdict].text : t('certify.image.notRead') })}
              {now ? ` · ${t('certify.image.now', { verdict: now })}` : ''}
            </p>
          );
        })}
      {result.extra.length > 0 && <p className="muted">{t('certify.result.extra', { names: result.extra.join(', ') })}</p>}
      {claims && (
        <p className="muted">
          {t('certify.result.engine', {
            engine: claims.scan.engine.name,
            version: claims.scan.engine.version,
            model: claims.scan.engine.modelVersion,
            sensitivity: Object.hasOwn(SENSITIVITY, claims.scan.sensitivity) ? t(SENSITIVITY[claims.scan.sensitivity]!) : claims.scan.sensitivity,
          })}
        </p>
      )}
    </div>
  );
}
