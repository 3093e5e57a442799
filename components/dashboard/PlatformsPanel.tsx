import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../lib/i18n';
import { originsOf, PLATFORM_IDS, PLATFORMS, type PlatformId } from '../../lib/platforms/registry';
import { platformSettings, type PlatformSettings } from '../../lib/settings/schema';
import { browserName } from '../../lib/ui/browser-name';
import { ErrorMessage } from '../ErrorMessage';
import { useSettings } from './useSettings';

/**
 * Where Assay works besides the page you ask it to scan. Each platform is off until turned on here,
 * which asks the browser for that platform's hosts only; messages are then checked with one click, or
 * as they open when the user also turns on automatic checks.
 */

/** Each platform's switch, why it needs its hosts, and its automatic-check switch, in the catalogue. */
export const PLATFORM_WORDS: Record<PlatformId, { switch: MessageKey; why: MessageKey; auto: MessageKey }> = {
  docs: { switch: 'dashboard.platform.docs.switch', why: 'dashboard.platform.docs.why', auto: 'dashboard.platform.docs.auto' },
  figma: { switch: 'dashboard.platform.figma.switch', why: 'dashboard.platform.figma.why', auto: 'dashboard.platform.figma.auto' },
  gmail: { switch: 'dashboard.platform.gmail.switch', why: 'dashboard.platform.gmail.why', auto: 'dashboard.platform.gmail.auto' },
  outlook: { switch: 'dashboard.platform.outlook.switch', why: 'dashboard.platform.outlook.why', auto: 'dashboard.platform.outlook.auto' },
};

/** The Figma token: typed freely, saved when the field is left; never shown back in clear. */
function FigmaToken({ value, onSave }: { value: string; onSave: (token: string) => Promise<void> }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <label className="sub">
      {t('dashboard.platforms.figmaToken')}{' '}
      <input type="password" autoComplete="off" spellCheck={false} value={draft} placeholder="figd_…" onChange={(e) => setDraft(e.target.value.trim())} onBlur={() => void onSave(draft)} />
      <span className="muted"> {t('dashboard.platforms.figmaTokenNote')}</span>
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
    // Must run in the click's user gesture: the browser asks the user to allow these hosts.
    const granted = await browser.permissions.request({ origins: originsOf(platform) }).catch(() => false);
    if (!granted) return setError(t('dashboard.platforms.refused', { browser: browserName(), platform: platform.name }));
    await save(id, { ...current, enabled: true });
  };

  return (
    <section className="platforms" aria-labelledby="platforms-title">
      <h2 id="platforms-title">{t('dashboard.platforms.title')}</h2>
      <p className="muted">{t('dashboard.platforms.intro', { browser: browserName() })}</p>
      {error && <ErrorMessage message={error} />}
      <ul className="platform-list">
        {PLATFORM_IDS.map((id) => {
          const platform = PLATFORMS[id];
          const words = PLATFORM_WORDS[id];
          const current = platformSettings(settings, id);
          return (
            <li key={id} className="platform" data-platform={id}>
              <input id={`platform-${id}`} type="checkbox" checked={current.enabled} onChange={(e) => void toggle(id, e.target.checked)} />
              <label htmlFor={`platform-${id}`}>{t(words.switch)}</label>
              <p className="muted">
                {t(words.why)} {t('dashboard.platforms.asksFor', { hosts: originsOf(platform).map((m) => m.replace(/\/\*$/, '')).join(', ') })}
              </p>
              <label className="sub">
                <input type="checkbox" disabled={!current.enabled} checked={current.autoScan} onChange={(e) => void save(id, { ...current, autoScan: e.target.checked })} />{' '}
                {t('dashboard.platforms.otherwise', { label: t(words.auto) })}
              </label>
              {id === 'figma' && <FigmaToken value={settings.figmaToken} onSave={(figmaToken) => saveSettings({ figmaToken })} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
