/** The part of `storage.local` this needs: `setAccessLevel` exists in Chrome 102+ only. */
export interface LocalStorageArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
}

/**
 * Settings hold API keys and the Figma token; content scripts never need them (they ask the
 * background), so storage.local is closed to them where the browser allows it. A refusal is logged:
 * keys readable from page-side code is a fact to surface, not to swallow. A browser without the call
 * is not an error: Firefox has `setAccessLevel` on `storage.session` only (Mozilla bug 1724754), so
 * there storage.local stays readable by Assay's own content scripts, never by the pages they run in
 * (docs/firefox.md).
 */
export async function closeStorageToContentScripts(local: LocalStorageArea, log: (message: string, error: unknown) => void = console.error): Promise<'closed' | 'unsupported' | 'failed'> {
  if (typeof local.setAccessLevel !== 'function') return 'unsupported';
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return 'closed';
  } catch (error) {
    log('Assay: could not close storage.local to content scripts (storage.local.setAccessLevel failed); settings stay readable by content scripts.', error);
    return 'failed';
  }
}
