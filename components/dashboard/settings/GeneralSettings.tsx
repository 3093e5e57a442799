import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { SensitivitySchema } from '../../../lib/schema/sensitivity';
import { parseHosts, sitePermissions } from '../../../lib/settings/hosts';
import { ErrorMessage } from '../../ErrorMessage';
import { Panel } from '../shell/layout';
import { useSettingsEditor } from './useSettingsEditor';

const SENSITIVITY_TEXT = {
  cautious: 'Cautious — fewest false accusations (default)',
  balanced: 'Balanced',
  sensitive: 'Sensitive — catches more, more false alarms',
} as const;

/** Settings › General: highlights in the page, the sensitivity preset, and the sites scanned as they load. */
export function GeneralSettings() {
  const [sites, setSites] = useState('');
  const [sitesError, setSitesError] = useState<string | null>(null);
  const { settings, saved, error, save } = useSettingsEditor((s) => setSites(s.autoScanSites.join('\n')));
  const ids = { highlights: useId(), sensitivity: useId(), sites: useId() };

  const saveSites = async () => {
    const { hosts, invalid } = parseHosts(sites);
    if (invalid.length > 0) {
      setSitesError(`Not a host name: ${invalid.slice(0, 3).join(', ')}${invalid.length > 3 ? '…' : ''}. Nothing was saved.`);
      return;
    }
    // Must run in the click's user gesture: Chrome asks the user to allow these sites.
    const granted = hosts.length === 0 || (await browser.permissions.request({ origins: sitePermissions(hosts) }).catch(() => false));
    if (!granted) {
      setSitesError('Chrome did not allow Assay to read these sites, so they cannot be scanned as they load. Nothing was saved.');
      return;
    }
    setSitesError(null);
    setSites(hosts.join('\n'));
    void save({ autoScanSites: hosts }, hosts.length ? `Sites saved: pages on ${hosts.length === 1 ? 'it' : 'them'} are scanned as they load.` : 'Sites cleared: Assay scans only when you ask.');
  };

  if (!settings) return <Panel title="General">{error ? <ErrorMessage message={error} /> : <p className="muted">Loading…</p>}</Panel>;
  return (
    <Panel title="General" className="settings">
      {error && <ErrorMessage message={error} />}
      <div className="field">
        <input id={ids.highlights} type="checkbox" checked={settings.highlights} onChange={(e) => void save({ highlights: e.target.checked }, 'Highlights setting saved.')} />
        <label htmlFor={ids.highlights}>Highlight passages in the page</label>
      </div>
      <div className="field column">
        <label htmlFor={ids.sensitivity}>Sensitivity</label>
        <select id={ids.sensitivity} value={settings.sensitivity} onChange={(e) => void save({ sensitivity: SensitivitySchema.parse(e.target.value) }, 'Sensitivity saved.')}>
          {SensitivitySchema.options.map((option) => (
            <option key={option} value={option}>
              {SENSITIVITY_TEXT[option]}
            </option>
          ))}
        </select>
        <p className="muted">Applies to the next scan; earlier records keep the sensitivity they were scanned with.</p>
      </div>
      <div className="field column">
        <label htmlFor={ids.sites}>Sites to scan as their pages load (one host per line; *.example.com for its subdomains)</label>
        <textarea id={ids.sites} rows={4} value={sites} onChange={(e) => setSites(e.target.value)} aria-invalid={sitesError !== null} placeholder="docs.example.com" />
        {sitesError && <p className="field-error" role="alert">{sitesError}</p>}
        <p className="muted">Chrome asks you to allow each site when you save. A page whose text has not changed since its last scan is not scanned again. Elsewhere Assay scans only when you ask.</p>
        <div>
          <button type="button" className="secondary" onClick={() => void saveSites()}>
            Save sites
          </button>
        </div>
      </div>
      {saved && <p className="muted" role="status">{saved}</p>}
    </Panel>
  );
}
