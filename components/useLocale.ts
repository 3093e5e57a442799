import { useSyncExternalStore } from 'react';
import { getLocale, onLocaleChange, type Locale } from '../lib/i18n';

/** The current language; a component using it re-renders when the language changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(onLocaleChange, getLocale, getLocale);
}
