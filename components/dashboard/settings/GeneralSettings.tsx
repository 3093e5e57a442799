import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { SensitivitySchema } from '../../../lib/schema/sensitivity';
import { parseHosts, sitePermissions } from '../../../lib/settings/hosts';
import { ErrorMessage } from '../../ErrorMessage';
import { Panel } from '../shell/layout';
import { useSettingsEditor } from './useSettingsEditor';
import { LanguageSetting } from './LanguageSetting';
import { plural, t, type MessageKey } from '../../../lib/i18n';

const SENSITIVITY_TEXT: Record<'cautious' | 'balanced' | 'sensitive', MessageKey> = {
  cautious: 'settings.sensitivity.cautious',
  balanced: 'settings.sensitivity.balanced',
  sensitive: 'settings.sensitivity.sensitive',
};

/** Settings › General: the language, highlights in the page, the sensitivity preset, and the sites scanned as they load. */
export function GeneralSettings() {
  const [sites, setSites] = useState('');
  const [sitesError, setSitesError] = useState<string | null>(null);
  const { settings, saved, error, save } = useSettingsEditor((s) => setSites(s.autoScanSites.join('\n')));
  const ids = { highlights: useId(), sensitivity: useId(), sites: useId() };

  const saveSites = async () => {
    const { hosts, invalid } = parseHosts(sites);
    if (invalid.length > 0) {
      setSitesError(t('settings.sites.invalid', { hosts: `${invalid.slice(0, 3).join(', ')}${invalid.length > 3 ? '…' : ''}` }));
      return;
    }
    // Must run in the click's user gesture: Chrome asks the user to allow these sites.
    const granted = hosts.length === 0 || (await browser.permissions.request({ origins: sitePermissions(hosts) }).catch(() => false));
    if (!granted) {
      setSitesError(t('settings.sites.refused'));
      return;
    }
    setSitesError(null);
    setSites(hosts.join('\n'));
    void save({ autoScanSites: hosts }, hosts.length ? plural('settings.sites.saved', hosts.length) : t('settings.sites.cleared'));
  };

  if (!settings) return <Panel title={t('settings.general')}>{error ? <ErrorMessage message={error} /> : <p className="muted">{t('popup.loading')}</p>}</Panel>;
  return (
    <Panel title={t('settings.general')} className="settings">
      {error && <ErrorMessage message={error} />}
      <LanguageSetting />
      <div className="field">
        <input id={ids.highlights} type="checkbox" checked={settings.highlights} onChange={(e) => void save({ highlights: e.target.checked }, t('settings.highlights.saved'))} />
        <label htmlFor={ids.highlights}>{t('settings.highlights')}</label>
      </div>
      <div className="field column">
        <label htmlFor={ids.sensitivity}>{t('settings.sensitivity')}</label>
        <select id={ids.sensitivity} value={settings.sensitivity} onChange={(e) => void save({ sensitivity: SensitivitySchema.parse(e.target.value) }, t('settings.sensitivity.saved'))}>
          {SensitivitySchema.options.map((option) => (
            <option key={option} value={option}>
              {t(SENSITIVITY_TEXT[option])}
            </option>
          ))}
        </select>
        <p className="muted">{t('settings.sensitivity.hint')}</p>
      </div>
      <div className="field column">
        <label htmlFor={ids.sites}>{t('settings.sites')}</label>
        <textarea id={ids.sites} rows={4} value={sites} onChange={(e) => setSites(e.target.value)} aria-invalid={sitesError !== null} placeholder="docs.example.com" />
        {sitesError && <p className="field-error" role="alert">{sitesError}</p>}
        <p className="muted">{t('settings.sites.hint')}</p>
        <div>
          <button type="button" className="secondary" onClick={() => void saveSites()}>
            {t('settings.sites.save')}
          </button>
        </div>
      </div>
      {saved && <p className="muted" role="status">{saved}</p>}
    </Panel>
  );
}
