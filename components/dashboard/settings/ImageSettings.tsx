import { useId, useState } from 'react';
import { parseTrustList } from '../../../lib/provenance/trust';
import { routeHash } from '../../../lib/ui/routes';
import { ErrorMessage } from '../../ErrorMessage';
import { Panel } from '../shell/layout';
import { Link } from '../shell/router';
import { useSettingsEditor } from './useSettingsEditor';
import { plural, t } from '../../../lib/i18n';
import { richText } from '../../rich';

/** Settings › Images: the C2PA signers the user trusts, applied to scanned and to checked images alike. */
export function ImageSettings() {
  const [trust, setTrust] = useState('');
  const [trustError, setTrustError] = useState<string | null>(null);
  const { settings, saved, error, save } = useSettingsEditor((s) => setTrust(s.trustAnchors));
  const id = useId();

  const saveTrust = () => {
    const { anchors, stray } = parseTrustList(trust);
    if (stray) {
      setTrustError(t('dashboard.trust.stray'));
      return;
    }
    setTrustError(null);
    const text = anchors.join('\n');
    setTrust(text);
    void save({ trustAnchors: text }, anchors.length ? plural('dashboard.trust.saved', anchors.length) : t('dashboard.trust.cleared'));
  };

  if (!settings) return <Panel title={t('settings.page.images')}>{error ? <ErrorMessage message={error} /> : <p className="muted">{t('popup.loading')}</p>}</Panel>;
  return (
    <Panel
      title={t('settings.page.images')}
      className="settings"
      description={richText('dashboard.trust.description', { link: <Link to={routeHash('images')}>{t('section.images')}</Link> })}
    >
      {error && <ErrorMessage message={error} />}
      <div className="field column">
        <label htmlFor={id}>{t('dashboard.trust.label')}</label>
        <textarea id={id} rows={6} value={trust} onChange={(e) => setTrust(e.target.value)} aria-invalid={trustError !== null} placeholder="-----BEGIN CERTIFICATE-----" spellCheck={false} />
        {trustError && <p className="field-error" role="alert">{trustError}</p>}
        <p className="muted">{t('dashboard.trust.hint')}</p>
        <div>
          <button type="button" className="secondary" onClick={saveTrust}>
            {t('dashboard.trust.save')}
          </button>
        </div>
      </div>
      {saved && <p className="muted" role="status">{saved}</p>}
    </Panel>
  );
}
