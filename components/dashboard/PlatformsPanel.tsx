import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originsOf, PLATFORM_IDS, PLATFORMS, type PlatformId } from '../../lib/platforms/registry';
import { platformSettings, type PlatformSettings } from '../../lib/settings/schema';
import { ErrorMessage } from '../ErrorMessage';
import { useSettings } from './useSettings';

/**
 * Where Assay works besides the page you ask it to scan. Each platform is off until turned on here,
 * which asks Chrome for that platform's hosts only; messages are then checked with one click, or as
 * they open when the user also turns on automatic checks.
 */
/** The Figma token: typed freely, saved when the field is left; never shown back in clear. */
function FigmaToken({ value, onSave }: { value: string; onSave: (token: string) => Promise<void> }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <label className="sub">
      Figma personal access token{' '}
      <input type="password" autoComplete="off" spellCheck={false} value={draft} placeholder="figd_…" onChange={(e) => setDraft(e.target.value.trim())} onBlur={() => void onSave(draft)} />
      <span className="muted"> Kept in this browser only; sent only to api.figma.com; never logged or exported.</span>
    </label>
  );
}

export function PlatformsPanel() {
  const { settings, error, setError, save: saveSettings } = useSettings();
  if (!settings) return null;

  const save = (id: PlatformId, next: PlatformSettings) => saveSettings({ platforms: { ...settings.platforms, [id]: next } });

  const toggle = async (id: PlatformId, on: boolean) => {
    setError(null);
    const current = platformSettings(settings, id);
    if (!on) return save(id, { ...current, enabled: false });
    const platform = PLATFORMS[id];
    // Must run in the click's user gesture: Chrome asks the user to allow these hosts.
    const granted = await browser.permissions.request({ origins: originsOf(platform) }).catch(() => false);
    if (!granted) return setError(`Chrome did not allow Assay to read ${platform.name}; it stays off.`);
    await save(id, { ...current, enabled: true });
  };

  return (
    <section className="platforms" aria-labelledby="platforms-title">
      <h2 id="platforms-title">Where Assay checks deliverables</h2>
      <p className="muted">Each is off until you turn it on; Chrome then asks you to allow that site. Messages are read in this browser; nothing is sent anywhere.</p>
      {error && <ErrorMessage message={error} />}
      <ul className="platform-list">
        {PLATFORM_IDS.map((id) => {
          const platform = PLATFORMS[id];
          const current = platformSettings(settings, id);
          return (
            <li key={id} className="platform" data-platform={id}>
              <input id={`platform-${id}`} type="checkbox" checked={current.enabled} onChange={(e) => void toggle(id, e.target.checked)} />
              <label htmlFor={`platform-${id}`}>{platform.switchLabel}</label>
              <p className="muted">{platform.why} Asks for: {originsOf(platform).map((m) => m.replace(/\/\*$/, '')).join(', ')}.</p>
              <label className="sub">
                <input type="checkbox" disabled={!current.enabled} checked={current.autoScan} onChange={(e) => void save(id, { ...current, autoScan: e.target.checked })} />{' '}
                {platform.autoScanLabel} (otherwise: one click on the Assay chip)
              </label>
              {id === 'figma' && <FigmaToken value={settings.figmaToken} onSave={(figmaToken) => saveSettings({ figmaToken })} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
