/**
 * Files the user gives the audit, each with its path in the portfolio: from a drop (folders walked
 * through the File and Directory Entries API), or a file input (`webkitRelativePath` for a folder).
 */
export interface PickedFile {
  path: string;
  file: File;
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  fullPath: string;
  file?: (success: (file: File) => void, failure: (error: unknown) => void) => void;
  createReader?: () => { readEntries: (success: (entries: Entry[]) => void, failure: (error: unknown) => void) => void };
}

const entryFile = (entry: Entry) => new Promise<File>((resolve, reject) => entry.file!(resolve, reject));

async function walk(entry: Entry, out: PickedFile[], failures: string[]): Promise<void> {
  if (entry.isFile) {
    try {
      out.push({ path: entry.fullPath.replace(/^\/+/, ''), file: await entryFile(entry) });
    } catch {
      failures.push(entry.fullPath.replace(/^\/+/, ''));
    }
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  // readEntries answers in batches (100 in Chrome) until it returns none.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject)).catch(() => [] as Entry[]);
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out, failures);
  }
}

/** Must be called in the drop event itself: the browser takes the entries back once it returns. */
export function entriesOfDrop(data: DataTransfer): { entries: Entry[]; files: File[] } {
  const entries: Entry[] = [];
  for (const item of Array.from(data.items ?? [])) {
    const entry = (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  return { entries, files: Array.from(data.files ?? []) };
}

export async function filesOfDrop(dropped: { entries: Entry[]; files: File[] }): Promise<{ files: PickedFile[]; failures: string[] }> {
  if (dropped.entries.length === 0) return { files: dropped.files.map((file) => ({ path: file.name, file })), failures: [] };
  const files: PickedFile[] = [];
  const failures: string[] = [];
  for (const entry of dropped.entries) await walk(entry, files, failures);
  return { files, failures };
}

/** Files from an `<input type="file">`, with their folder when one was chosen. */
export function filesOfInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? []).map((file) => ({ path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name, file }));
}

/** System files a folder carries that are not part of a portfolio. */
const SYSTEM_FILES = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$|(^|\/)(__MACOSX|\.git)\//i;
export const isSystemFile = (path: string) => SYSTEM_FILES.test(path);

/** The http(s) addresses in pasted text, one a line; anything else is named back to the user. */
export function parseAddresses(text: string): { urls: string[]; rejected: string[] } {
  const urls: string[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    try {
      const url = new URL(line);
      if (url.protocol === 'http:' || url.protocol === 'https:') urls.push(url.href);
      else rejected.push(line);
    } catch {
      rejected.push(line);
    }
  }
  return { urls: [...new Set(urls)], rejected };
}

/** The host permissions a list of addresses needs: exactly their origins. */
export const originsOf = (urls: readonly string[]) => [...new Set(urls.map((u) => `${new URL(u).origin}/*`))];
