import { groupOf } from './group';
import type { GroupSource } from './schema';

/**
 * The group of a file found inside another (an archive's entry, a mail's attachment): it belongs where
 * its container does when the container's folder (or the user) placed it; an archive that is the
 * portfolio itself names its groups by its own folders (`portfolio.zip/alice/essay.docx` is alice's);
 * otherwise the container's sender, or the file's own author.
 */
export function innerGroup(
  container: { path: string; group: string; groupSource: GroupSource },
  path: string,
  meta: { sender?: string; author?: string },
): { group: string; groupSource: GroupSource } {
  if (container.groupSource === 'folder' || container.groupSource === 'edited') return { group: container.group, groupSource: container.groupSource };
  const inside = path.startsWith(`${container.path}/`) ? path.slice(container.path.length + 1).split('/').filter(Boolean) : [];
  if (inside.length >= 2) return { group: inside[0]!.replace(/\.zip$/i, ''), groupSource: 'folder' };
  if (container.groupSource !== 'none') return { group: container.group, groupSource: container.groupSource };
  return groupOf(undefined, meta);
}
