import type { GroupSource } from './schema';

/**
 * Which freelancer or project a file counts under, in this order: its folder (agencies file work by
 * freelancer or project), the sender of a mail, the author a document names in its metadata (often a
 * template's, so last). The user can edit it; an edit is kept for the same path in later audits.
 */
export const NO_GROUP = 'Ungrouped';

const stripArchive = (segment: string) => segment.replace(/\.(zip)$/i, '');

/**
 * The folder a path is grouped by. When every path starts with the same folder (the folder the
 * user dropped) and some go deeper, that shared folder is the portfolio, not a freelancer: the
 * next level groups.
 */
export function folderGroups(paths: readonly string[]): Map<string, string | undefined> {
  const split = paths.map((p) => p.split('/').filter((s) => s && s !== '.'));
  const first = split[0]?.[0];
  const shared = first !== undefined && split.every((parts) => parts.length >= 2 && parts[0] === first) && split.some((parts) => parts.length >= 3);
  const out = new Map<string, string | undefined>();
  paths.forEach((path, i) => {
    const parts = shared ? split[i]!.slice(1) : split[i]!;
    out.set(path, parts.length >= 2 ? stripArchive(parts[0]!) : undefined);
  });
  return out;
}

/** A mail sender "Name <address>" as a group: the name, or the address when there is none. */
const senderName = (sender: string) => /^(.*?)\s*<[^>]+>$/.exec(sender)?.[1]?.replace(/^"|"$/g, '').trim() || sender.trim();

export function groupOf(folder: string | undefined, meta: { sender?: string; author?: string }): { group: string; groupSource: GroupSource } {
  if (folder) return { group: folder, groupSource: 'folder' };
  if (meta.sender) return { group: senderName(meta.sender).slice(0, 300), groupSource: 'sender' };
  if (meta.author) return { group: meta.author.slice(0, 300), groupSource: 'author' };
  return { group: NO_GROUP, groupSource: 'none' };
}
