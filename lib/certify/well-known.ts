/**
 * Optional identity binding: a freelancer publishes their key's RFC 7638 thumbprint at
 * `https://<their-domain>/.well-known/assay-key` (one thumbprint a line; `#` starts a comment), and a
 * client who chooses to go online checks that the certificate's key is listed there. Verifying never
 * needs it: it is a second, separate check of who holds the key.
 */
export const WELL_KNOWN_PATH = '/.well-known/assay-key';
/** The file is a few lines; anything larger is not one. */
export const MAX_WELL_KNOWN_BYTES = 64 * 1024;

const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

/** The address to look at for a domain ("example.com", or a site or e-mail address on it). */
export function wellKnownUrl(domainOrAddress: string, base = 'https://'): string | undefined {
  const trimmed = domainOrAddress.trim();
  const host = trimmed.includes('@') && !trimmed.includes('/') ? trimmed.split('@').pop()! : trimmed.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0]!;
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host) || !host.includes('.') && !host.startsWith('127.0.0.1') && host !== 'localhost') return undefined;
  return `${base}${host.toLowerCase()}${WELL_KNOWN_PATH}`;
}

/** The thumbprints a well-known file lists. */
export function parseWellKnown(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => THUMBPRINT.test(line));
}

export type WellKnownCheck = { state: 'listed' | 'not-listed'; url: string; listed: number } | { state: 'unavailable'; url: string; reason: string };

/** Fetches and checks a domain's well-known file (only when the client asks: it is the one online step). */
export async function checkWellKnown(url: string, thumbprint: string, fetcher: typeof fetch = fetch, timeoutMs = 10_000): Promise<WellKnownCheck> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetcher(url, { signal: controller.signal, redirect: 'error', credentials: 'omit' });
    if (!response.ok) return { state: 'unavailable', url, reason: `the server answered ${response.status}` };
    const text = await response.text();
    if (text.length > MAX_WELL_KNOWN_BYTES) return { state: 'unavailable', url, reason: 'the file is too large to be a key list' };
    const listed = parseWellKnown(text);
    return { state: listed.includes(thumbprint) ? 'listed' : 'not-listed', url, listed: listed.length };
  } catch (error) {
    return { state: 'unavailable', url, reason: controller.signal.aborted ? 'no answer in time' : error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
