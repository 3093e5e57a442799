/** What to tell the user about pages Chrome never lets an extension read, and about a failed page scan. */

/** Pages Chrome never lets an extension read, with what to tell the user. */
export function unreadableReason(url: string | undefined): string | undefined {
  if (!url) return 'Assay cannot read this tab. Open the deliverable in a normal web page and try again.';
  if (/^(chrome|edge|about|chrome-extension|devtools|view-source):/i.test(url) || /^https:\/\/chromewebstore\.google\.com\//.test(url))
    return 'Browser pages and the extension store cannot be scanned. Open the deliverable in a normal web page.';
  if (/^file:/i.test(url)) return 'Local files can be scanned once you allow “Access to file URLs” for Assay in chrome://extensions.';
  return undefined;
}

/** A page scan's failure in words the user can act on (only ever for failures before the record is stored). */
export function scanErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Cannot access|cannot be scripted|Missing host permission/i.test(message))
    return 'Chrome did not let Assay read this page. Click the Assay icon on the page itself, then Scan this page.';
  if (/Receiving end does not exist|No one answered/i.test(message)) return 'The page did not answer (it may have been reloading). Try again.';
  return `The scan failed: ${message}`;
}
