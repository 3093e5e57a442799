/**
 * The dashboard's addresses: every section lives at its own URL fragment — `#/records`,
 * `#/records/<record id>`, `#/settings/platforms` — so a reload, back and forward, and a link from the
 * popup land where they point. Pure: which sections exist is the dashboard's registry's business
 * (entrypoints/options/sections.tsx); this module only reads and writes fragments.
 */
export interface Route {
  /** The first segment: a section id such as `records`. */
  section: string;
  /** The segments after it, decoded: `['<record id>']`, `['platforms']`. */
  path: string[];
}

/** Where the dashboard opens when the fragment names nothing: what most visits are for. */
export const DEFAULT_SECTION = 'records';

/** The section holding scan records; its one-record route is what the popup links to. */
export const RECORDS_SECTION = 'records';

/** A segment as written; a malformed escape (a hand-edited address) is kept rather than thrown on. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decode);
  const [section, ...path] = parts;
  return section ? { section: section.toLowerCase(), path } : { section: DEFAULT_SECTION, path: [] };
}

/** The fragment for a section and the segments under it; each segment is escaped, so any record id fits. */
export function routeHash(section: string, ...path: readonly string[]): string {
  return `#/${[section, ...path].map(encodeURIComponent).join('/')}`;
}

/** The stable address of one record (ids are UUIDs today; escaped all the same). */
export function recordHash(recordId: string): string {
  return routeHash(RECORDS_SECTION, recordId);
}
