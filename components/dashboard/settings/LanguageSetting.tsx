import { useEffect, useId, useState } from 'react';
import { LOCALE_NAMES, LOCALES, t } from '../../../lib/i18n';
import { browserLocale, LanguageChoiceSchema, loadLanguageChoice, saveLanguageChoice, type LanguageChoice } from '../../../lib/settings/language';
import { ErrorMessage } from '../../ErrorMessage';

/**
 * The language of every Assay page: the browser's, or one the user picks. Saving it switches the open
 * pages at once (they watch the choice; lib/settings/language.ts).
 */
export function LanguageSetting() {
  const id = useId();
  const [choice, setChoice] = useState<LanguageChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadLanguageChoice().then(setChoice, (e: unknown) => setError(String(e)));
  }, []);
  const change = (value: string) => {
    const next = LanguageChoiceSchema.parse(value);
    setChoice(next);
    saveLanguageChoice(next).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="field column">
      <label htmlFor={id}>{t('settings.language')}</label>
      {error && <ErrorMessage message={error} />}
      <select id={id} value={choice ?? 'auto'} disabled={choice === null} onChange={(e) => change(e.target.value)}>
        <option value="auto">{t('settings.language.auto', { name: LOCALE_NAMES[browserLocale()] })}</option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <p className="muted">{t('settings.language.hint')}</p>
    </div>
  );
}
