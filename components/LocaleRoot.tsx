import { useEffect, type ReactNode } from 'react';
import { useLocale } from './useLocale';

/**
 * Renders a page afresh in the new language when the language changes: every component reads its
 * words with `t()` at render, so remounting under the new locale is all a switch takes.
 */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const locale = useLocale();
  // The page's own language too, so the browser's spell checker, hyphenation and screen readers follow.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <div lang={locale} key={locale} style={{ display: 'contents' }}>
      {children}
    </div>
  );
}
