import { useId, useState } from 'react';
import { parseTrustList } from '../../../lib/provenance/trust';
import { routeHash } from '../../../lib/ui/routes';
import { ErrorMessage } from '../../ErrorMessage';
import { Panel } from '../shell/layout';
import { Link } from '../shell/router';
import { useSettingsEditor } from './useSettingsEditor';

/** Settings › Images: the C2PA signers the user trusts, applied to scanned and to checked images alike. */
export function ImageSettings() {
  const [trust, setTrust] = useState('');
  const [trustError, setTrustError] = useState<string | null>(null);
  const { settings, saved, error, save } = useSettingsEditor((s) => setTrust(s.trustAnchors));
  const id = useId();

  const saveTrust = () => {
    const { anchors, stray } = parseTrustList(trust);
    if (stray) {
      setTrustError('There is text outside the certificate blocks (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----). Nothing was saved.');
      return;
    }
    setTrustError(null);
    const text = anchors.join('\n');
    setTrust(text);
    void save({ trustAnchors: text }, anchors.length ? `Trust list saved: ${anchors.length} certificate${anchors.length === 1 ? '' : 's'}.` : 'Trust list cleared.');
  };

  if (!settings) return <Panel title="Images">{error ? <ErrorMessage message={error} /> : <p className="muted">Loading…</p>}</Panel>;
  return (
    <Panel
      title="Images"
      className="settings"
      description={
        <>
          Assay reads the Content Credentials (C2PA) of every image it scans and of the files you drop in <Link to={routeHash('images')}>Check images</Link>.
        </>
      }
    >
      {error && <ErrorMessage message={error} />}
      <div className="field column">
        <label htmlFor={id}>Content Credentials signers you trust (certificates in PEM)</label>
        <textarea id={id} rows={6} value={trust} onChange={(e) => setTrust(e.target.value)} aria-invalid={trustError !== null} placeholder="-----BEGIN CERTIFICATE-----" spellCheck={false} />
        {trustError && <p className="field-error" role="alert">{trustError}</p>}
        <p className="muted">
          Images signed under one of these (or its CA) are reported “valid, signer trusted” rather than “not on the trust list”. A trusted signer
          vouches for who signed, not for what the image shows.
        </p>
        <div>
          <button type="button" className="secondary" onClick={saveTrust}>
            Save trust list
          </button>
        </div>
      </div>
      {saved && <p className="muted" role="status">{saved}</p>}
    </Panel>
  );
}
