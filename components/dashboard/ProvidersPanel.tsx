import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CATALOGUE_ENTRIES, permissionFor, type CatalogueEntry, type ProviderId } from '../../lib/classify/catalogue';
import { intlTag, t, type MessageKey } from '../../lib/i18n';
import { DEFAULT_PROVIDER, type ProviderSettings } from '../../lib/settings/schema';
import { remotePermission } from '../../lib/settings/remote-permission';
import { browserName } from '../../lib/ui/browser-name';
import { useSettings } from './useSettings';
import { ErrorMessage } from '../ErrorMessage';
import { richText } from '../rich';

/**
 * The words of a provider's option field, by provider (the catalogue keeps English for the CLI and
 * docs): a provider with an option and no entry here shows the catalogue's label.
 */
export const OPTION_LABELS: Partial<Record<ProviderId, MessageKey>> = {
  assay: 'dashboard.opinions.option.assay',
  huggingface: 'dashboard.opinions.option.huggingface',
};

function optionLabel(provider: CatalogueEntry): string {
  const key = OPTION_LABELS[provider.id as ProviderId];
  return key ? t(key) : (provider.option?.label ?? '');
}

/** The key field's label: "GPTZero API key", or the Assay server's optional token. */
const keyLabel = (provider: CatalogueEntry) => (provider.needsKey ? t('dashboard.opinions.apiKey', { name: provider.name }) : t('dashboard.opinions.token'));

/** Where a provider's requests go, for the disclosure shown before it is first turned on. */
function destination(provider: CatalogueEntry, settings: ProviderSettings): string {
  const pattern = permissionFor(provider, settings.option);
  return pattern ? pattern.replace(/\/\*$/, '') : t('dashboard.opinions.anyAddress');
}

function ProviderRow({ provider, settings, onChange }: { provider: CatalogueEntry; settings: ProviderSettings; onChange: (next: ProviderSettings) => Promise<void> }) {
  const [disclosing, setDisclosing] = useState(false);
  const [draft, setDraft] = useState(settings);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(settings), [settings]);
  const id = provider.id;
  const name = provider.name;

  const enable = async () => {
    setError(null);
    const origin = permissionFor(provider, draft.option);
    if (!origin) return setError(t('dashboard.opinions.needOption', { option: optionLabel(provider).toLocaleLowerCase(intlTag()) }));
    if (provider.needsKey && !draft.key) return setError(t('dashboard.opinions.needKey', { name }));
    // Must run in the click's user gesture: the browser asks the user to allow this one host (and, in
    // Firefox, to let website content leave the machine).
    const granted = await browser.permissions.request(remotePermission(origin, import.meta.env.FIREFOX) as { origins: string[] });
    if (!granted) return setError(t('dashboard.opinions.refused', { browser: browserName(), destination: destination(provider, draft), name }));
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
        <label htmlFor={`use-${id}`}>{t('dashboard.opinions.use', { name })}</label>
      </div>
      <div className="provider-fields">
        {provider.option && (
          <label>
            {optionLabel(provider)}{' '}
            <input value={draft.option} placeholder={provider.option.placeholder} onChange={(e) => setDraft({ ...draft, option: e.target.value.trim() })} onBlur={() => void onChange(draft)} />
          </label>
        )}
        <label>
          {keyLabel(provider)}{' '}
          <input type="password" autoComplete="off" value={draft.key} onChange={(e) => setDraft({ ...draft, key: e.target.value.trim() })} onBlur={() => void onChange(draft)} />
        </label>
        <label>
          {t('dashboard.opinions.send')}{' '}
          <select value={draft.scope} onChange={(e) => void onChange({ ...draft, scope: e.target.value === 'unsure' ? 'unsure' : 'all' })}>
            <option value="all">{t('dashboard.opinions.scope.all')}</option>
            <option value="unsure">{t('dashboard.opinions.scope.unsure')}</option>
          </select>
        </label>
        <label>
          {t('dashboard.opinions.budget')}{' '}
          <input type="number" min={0} value={draft.monthlyWords} onChange={(e) => setDraft({ ...draft, monthlyWords: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} onBlur={() => void onChange(draft)} />
        </label>
      </div>
      {disclosing && (
        <div className="disclosure" role="dialog" aria-label={t('dashboard.opinions.before', { name })}>
          <p>
            {richText(
              'dashboard.opinions.disclose',
              { place: <strong>{destination(provider, draft)}</strong> },
              { name, passages: t(draft.scope === 'all' ? 'dashboard.opinions.passages.all' : 'dashboard.opinions.passages.unsure') },
            )}
          </p>
          <button type="button" className="primary" onClick={() => void enable()}>
            {t('dashboard.opinions.confirm', { name })}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setDisclosing(false)}>
            {t('dashboard.opinions.cancel')}
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
      <h2 id="providers-title">{t('dashboard.opinions.title')}</h2>
      <p className="muted">{t('dashboard.opinions.intro')}</p>
      {error && <ErrorMessage message={error} />}
      <ul className="provider-list">
        {CATALOGUE_ENTRIES.map((provider) => (
          <ProviderRow key={provider.id} provider={provider} settings={settings.providers[provider.id] ?? DEFAULT_PROVIDER} onChange={(next) => change(provider.id, next)} />
        ))}
      </ul>
      <label>
        {t('dashboard.opinions.giveUp')}{' '}
        <input
          type="number"
          min={1}
          max={120}
          value={settings.remoteTimeoutSeconds}
          onChange={(e) => void save({ remoteTimeoutSeconds: Math.min(120, Math.max(1, Math.floor(Number(e.target.value) || 20))) })}
        />{' '}
        {t('dashboard.opinions.seconds')}
      </label>
    </section>
  );
}
