import { useEffect, useId, useState } from 'react';
import { parseTrustList } from '../../lib/provenance/trust';
import { browser } from 'wxt/browser';
import { parseHosts, sitePermissions } from '../../lib/settings/hosts';
import { SensitivitySchema } from '../../lib/schema/sensitivity';
import { type Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/storage';
import { ErrorMessage } from '../ErrorMessage';

const SENSITIVITY_TEXT = {
  cautious: 'Cautious — fewest false accusations (default)',
  balanced: 'Balanced',
  sensitive: 'Sensitive — catches more, more false alarms',
} as const;

export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [sitesError, setSitesError] = useState<string | null>(null);
  const [trust, setTrust] = useState('');
  const [trustError, setTrustError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { highlights: useId(), sensitivity: useId(), sites: useId(), trust: useId() };

  useEffect(() => {
    let active = true;
    loadSettings()
      .then((s) => {
        if (!active) return;
        setSettings(s);
        setSites(s.autoScanSites.join('\n'));
        setTrust(s.trustAnchors);
      })
      .catch((e) => setError(String(e)));
    // Another dashboard tab, or the background, may change settings: keep this view in step.
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      active = false;
      stop();
    };
  }, []);

  const save = async (patch: Partial<Settings>, what: string) => {
    const before = settings;
    // Show the change at once; storage confirms it a moment later, or the old value comes back.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    try {
      setSettings(await saveSettings(patch));
      setSaved(what);
      setError(null);
    } catch (e) {
      setSettings(before);
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

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

  if (!settings) return <section className="settings"><h2>Settings</h2>{error ? <ErrorMessage message={error} /> : <p className="muted">Loading…</p>}</section>;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
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
      <div className="field column">
        <label htmlFor={ids.trust}>Content Credentials signers you trust (certificates in PEM)</label>
        <textarea id={ids.trust} rows={4} value={trust} onChange={(e) => setTrust(e.target.value)} aria-invalid={trustError !== null} placeholder="-----BEGIN CERTIFICATE-----" spellCheck={false} />
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
    </section>
  );
}
