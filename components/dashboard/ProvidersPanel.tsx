import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATALOGUE_ENTRIES, permissionFor, type CatalogueEntry } from '../../lib/classify/catalogue';
import { DEFAULT_PROVIDER, type ProviderSettings } from '../../lib/settings/schema';
import { useSettings } from './useSettings';
import { ErrorMessage } from '../ErrorMessage';
import { remotePermission } from '../../lib/settings/remote-permission';

/** Where a provider's requests go, for the disclosure shown before it is first turned on. */
function destination(provider: CatalogueEntry, settings: ProviderSettings): string {
  const pattern = permissionFor(provider, settings.option);
  return pattern ? pattern.replace(/\/\*$/, '') : 'the address you set';
}

function ProviderRow({ provider, settings, onChange }: { provider: CatalogueEntry; settings: ProviderSettings; onChange: (next: ProviderSettings) => Promise<void> }) {
  const [disclosing, setDisclosing] = useState(false);
  const [draft, setDraft] = useState(settings);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(settings), [settings]);
  const id = provider.id;

  const enable = async () => {
    setError(null);
    const origin = permissionFor(provider, draft.option);
    if (!origin) return setError(`Set the ${provider.option?.label.toLowerCase() ?? 'address'} first.`);
    if (provider.needsKey && !draft.key) return setError(`Paste your ${provider.name} API key first.`);
    // Must run in the click's user gesture: the browser asks the user to allow this one host (and, in
    // Firefox, to let website content leave the machine).
    const granted = await browser.permissions.request(remotePermission(origin, import.meta.env.FIREFOX) as { origins: string[] });
    if (!granted) return setError(`The browser did not allow Assay to reach ${destination(provider, draft)}; ${provider.name} stays off.`);
    setDisclosing(false);
    await onChange({ ...draft, enabled: true });
  };

  return (
    <li className="provider" data-provider={id}>
      <div className="provider-head">
        <input
          id={`use-${id}`}
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => (e.target.checked ? setDisclosing(true) : void onChange({ ...draft, enabled: false }))}
        />
        <label htmlFor={`use-${id}`}>Use {provider.name}</label>
      </div>
      <div className="provider-fields">
        {provider.option && (
          <label>
            {provider.option.label}{' '}
            <input value={draft.option} placeholder={provider.option.placeholder} onChange={(e) => setDraft({ ...draft, option: e.target.value.trim() })} onBlur={() => void onChange(draft)} />
          </label>
        )}
        <label>
          {provider.keyLabel}{' '}
          <input type="password" autoComplete="off" value={draft.key} onChange={(e) => setDraft({ ...draft, key: e.target.value.trim() })} onBlur={() => void onChange(draft)} />
        </label>
        <label>
          Send{' '}
          <select value={draft.scope} onChange={(e) => void onChange({ ...draft, scope: e.target.value === 'unsure' ? 'unsure' : 'all' })}>
            <option value="all">every judged passage</option>
            <option value="unsure">only passages the local detector is unsure about</option>
          </select>
        </label>
        <label>
          Monthly budget (words, 0 = no limit){' '}
          <input type="number" min={0} value={draft.monthlyWords} onChange={(e) => setDraft({ ...draft, monthlyWords: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} onBlur={() => void onChange(draft)} />
        </label>
      </div>
      {disclosing && (
        <div className="disclosure" role="dialog" aria-label={`Before turning on ${provider.name}`}>
          <p>
            With {provider.name} on, each scan sends the text of {draft.scope === 'all' ? 'every judged passage' : 'the passages Assay is unsure about'} to{' '}
            <strong>{destination(provider, draft)}</strong>. Nothing else leaves this computer: not the page address, not your records, not other settings.
          </p>
          <button type="button" className="primary" onClick={() => void enable()}>
            Send passages to {provider.name}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setDisclosing(false)}>
            Cancel
          </button>
        </div>
      )}
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
    </li>
  );
}

export function ProvidersPanel() {
  const { settings, error, save } = useSettings();
  if (!settings) return null;

  const change = (id: string, next: ProviderSettings) => save({ providers: { ...settings.providers, [id]: next } });

  return (
    <section className="providers" aria-labelledby="providers-title">
      <h2 id="providers-title">Second opinions (remote classifiers)</h2>
      <p className="muted">Off by default: nothing leaves this computer unless you turn a classifier on. Keys stay in this browser's local storage, are never logged and never exported.</p>
      {error && <ErrorMessage message={error} />}
      <ul className="provider-list">
        {CATALOGUE_ENTRIES.map((provider) => (
          <ProviderRow key={provider.id} provider={provider} settings={settings.providers[provider.id] ?? DEFAULT_PROVIDER} onChange={(next) => change(provider.id, next)} />
        ))}
      </ul>
      <label>
        Give up on a second opinion after{' '}
        <input
          type="number"
          min={1}
          max={120}
          value={settings.remoteTimeoutSeconds}
          onChange={(e) => void save({ remoteTimeoutSeconds: Math.min(120, Math.max(1, Math.floor(Number(e.target.value) || 20))) })}
        />{' '}
        seconds
      </label>
    </section>
  );
}
