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
