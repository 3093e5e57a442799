/** A host name as the user may type it for auto-scan: letters, digits, dots and hyphens, optionally "*." first. */
const HOST = /^(\*\.)?(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export interface ParsedHosts {
  hosts: string[];
  invalid: string[];
}

/** One host per line; blank lines ignored; duplicates dropped; invalid lines returned for the user to fix. */
export function parseHosts(text: string): ParsedHosts {
  const hosts: string[] = [];
  const invalid: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim().toLowerCase();
    if (!line) continue;
    if (HOST.test(line)) {
      if (!hosts.includes(line)) hosts.push(line);
    } else invalid.push(raw.trim());
  }
  return { hosts, invalid };
}

/** The host permissions a list of auto-scan sites needs: both schemes, `*.` covering subdomains. */
export function sitePermissions(hosts: readonly string[]): string[] {
  return hosts.flatMap((host) => [`https://${host}/*`, `http://${host}/*`]);
}

/** Whether a page is on one of the user's auto-scan sites (`*.example.com` covers its subdomains, not itself). */
export function isAutoScanSite(url: string, sites: readonly string[]): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  return sites.some((site) => (site.startsWith('*.') ? host.endsWith(site.slice(1)) : host === site));
}
