import { t } from '../i18n';
/** What to tell the user about pages the browser never lets an extension read, and about a failed page scan. */

/** Pages the browser never lets an extension read, with what to tell the user (in their language). */
export function unreadableReason(url: string | undefined): string | undefined {
  if (!url) return t('error.tab.unreadable');
  if (/^(chrome|edge|about|chrome-extension|devtools|view-source):/i.test(url) || /^https:\/\/chromewebstore\.google\.com\//.test(url))
    return t('error.tab.browserPage');
  if (/^file:/i.test(url)) return t(import.meta.env.BROWSER === 'firefox' ? 'error.tab.file.firefox' : 'error.tab.file.chrome');
  return undefined;
}

/** A page scan's failure in words the user can act on (only ever for failures before the record is stored). */
export function scanErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Cannot access|cannot be scripted|Missing host permission/i.test(message))
    return t('error.scan.notAllowed');
  if (/Receiving end does not exist|No one answered/i.test(message)) return t('error.scan.noAnswer');
  return t('error.scan.failed', { message });
}
