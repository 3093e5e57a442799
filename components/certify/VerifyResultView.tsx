import { changeSummary, declarationLines, spokenFingerprint, type VerifyResult } from '../../lib/certify';
import { excerpt, IMAGE_VERDICTS, passageLabelText, verdictLine } from '../../lib/report/labels';
import { LabelPill } from '../LabelPill';
import { wellKnownUrl } from '../../lib/certify/well-known';

const HEADLINE: Record<VerifyResult['status'], string> = {
  valid: 'Valid',
  'unknown-key': 'Valid, from a key not seen before',
  'content-changed': 'Invalid: the content changed',
  'bad-signature': 'Invalid: bad signature',
  malformed: 'Invalid: not a readable certificate',
};

/** A verification in plain words: who, when, what was declared, what changed, the scan then and now. */
export function VerifyResultView({ result, nowImages, onAcceptKey }: { result: VerifyResult; nowImages: Record<string, string>; onAcceptKey?: () => void }) {
  const claims = result.claims;
  const ok = result.status === 'valid' || result.status === 'unknown-key';
  return (
    <div className={`verify-result ${result.status}`} data-testid="verify-result" data-status={result.status}>
      <p className="verify-headline" role="status">
        <strong>{HEADLINE[result.status]}</strong>
        <br />
        {ok ? 'VALID' : 'INVALID'}: {result.reason}
      </p>
      {result.trust?.state === 'key-changed' && claims && (
        <div className="warning" role="alert">
          <strong>{claims.signer.name} signed before with another key</strong> ({result.trust.previous.map((p) => spokenFingerprint(p.fingerprint)).join('; ')}). Someone may be using their name. Ask {claims.signer.name} through a channel you
          already trust whether their key changed to {spokenFingerprint(claims.signer.fingerprint)}.
          {onAcceptKey && (
            <div>
              <button type="button" className="secondary" onClick={onAcceptKey}>
                I checked: trust this new key
              </button>
            </div>
          )}
        </div>
      )}
      {claims && (
        <dl className="verify-facts">
          <dt>Signed by</dt>
          <dd>
            {claims.signer.name}
            {claims.signer.contact ? ` · ${claims.signer.contact}` : ''}
            <br />
            <span className="fingerprint">{spokenFingerprint(claims.signer.fingerprint)}</span>
            {result.trust && <span className="muted"> · {result.trust.state === 'known' ? `key seen before under this name (since ${new Date(result.trust.since).toLocaleDateString()})` : result.trust.state === 'new' ? 'key not seen before: now remembered under this name' : 'a new key for this name'}</span>}
          </dd>
          {result.thumbprint && (
            <dd className="muted">
              Key thumbprint <code>{result.thumbprint}</code>
              {(() => {
                // The one online step, only if the client chooses it: their browser opens the signer's own page.
                const url = claims.signer.contact ? wellKnownUrl(claims.signer.contact) : undefined;
                return url ? (
                  <>
                    {' '}
                    · to check who holds it, see whether it is listed at{' '}
                    <a href={url} target="_blank" rel="noreferrer noopener">
                      {url}
                    </a>
                  </>
                ) : null;
              })()}
            </dd>
          )}
          <dt>Signed on</dt>
          <dd>{new Date(claims.issuedAt).toLocaleString()}</dd>
          <dt>Declared</dt>
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
                {doc.name}: {doc.state === 'changed' ? changeSummary(doc.changes) : doc.state === 'not-given' ? 'not checked (not given)' : doc.state === 'unrelated' ? `${doc.given} does not belong to this certificate` : 'unchanged'}
              </h4>
              <table className="then-now">
                <thead>
                  <tr>
                    <th>Assay’s scan at signing</th>
                    <th>Assay’s scan now</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td>
                      <LabelPill label={then.label} text={verdictLine(then.label, then.aiShare, ' · ', then.probability)} />
                    </td>
                    <td>{now ? <LabelPill label={now.label} text={verdictLine(now.label, now.aiShare, ' · ', now.probability)} /> : <span className="muted">not scanned</span>}</td>
                  </tr>
                </tbody>
              </table>
              {doc.changes.length > 0 && (
                <ul className="changes">
                  {doc.changes.slice(0, 50).map((change, i) => (
                    <li key={i}>
                      {change.kind === 'added' ? `Added (now #${change.now + 1})` : `Passage ${change.signed + 1} ${change.kind}`}
                      {'signed' in change && (
                        <>
                          {' '}— signed: “{excerpt(signed[change.signed]!.opening, 70)}” ({passageLabelText(then.passages[change.signed]!.label)} at signing)
                        </>
                      )}
                      {'now' in change && doc.now && (
                        <>
                          {' '}— now: “{excerpt(doc.now.passages[change.now]!.text, 70)}”{doc.now.passages[change.now]!.label ? ` (${passageLabelText(doc.now.passages[change.now]!.label!)} now)` : ''}
                        </>
                      )}
                    </li>
                  ))}
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
              <strong>{image.name}</strong>: {image.state === 'unchanged' ? 'unchanged' : image.state === 'changed' ? 'the image file changed' : 'not checked (not given)'} · provenance at signing: {then.verdict ? IMAGE_VERDICTS[then.verdict].text : 'not read'}
              {now ? ` · now: ${now}` : ''}
            </p>
          );
        })}
      {result.extra.length > 0 && <p className="muted">Not covered by this certificate: {result.extra.join(', ')}</p>}
      {claims && (
        <p className="muted">
          Scanned with {claims.scan.engine.name} {claims.scan.engine.version} (model {claims.scan.engine.modelVersion}), {claims.scan.sensitivity} sensitivity. Checked on this computer, with no network.
        </p>
      )}
    </div>
  );
}
