import { groupOf } from './group';
import type { GroupSource } from './schema';

/**
 * The group of a file found inside another (an archive's entry, a mail's attachment): a folder
 * inside the archive names it (`portfolio.zip/alice/essay.docx` is alice's); otherwise it belongs
 * where its container does, unless the container had no group and the file names its own maker.
 */
export function innerGroup(
  container: { path: string; group: string; groupSource: GroupSource },
  path: string,
  meta: { sender?: string; author?: string },
): { group: string; groupSource: GroupSource } {
  const inside = path.startsWith(`${container.path}/`) ? path.slice(container.path.length + 1).split('/').filter(Boolean) : [];
  if (inside.length >= 2) return { group: inside[0]!.replace(/\.zip$/i, ''), groupSource: 'folder' };
  if (container.groupSource !== 'none') return { group: container.group, groupSource: container.groupSource };
  return groupOf(undefined, meta);
}
