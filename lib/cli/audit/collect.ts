import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { unreadable } from '../inputs';

/** One thing to audit: a file on disk, or a page address. `path` is how it is named in every output. */
export type AuditInput =
  | { kind: 'file'; path: string; abs: string; size: number; mtimeMs: number }
  | { kind: 'url'; path: string }
  /** `message` is stored with the audit, in English as every reason an audit keeps; `said` is printed. */
  | { kind: 'missing'; path: string; message: string; said: string };

/** Folders a portfolio never needs: version control, dependencies. Skipped and counted. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.svn', '.hg', '__MACOSX']);
/** Files an operating system leaves in folders. */
const SKIP_FILES = /^(\.DS_Store|Thumbs\.db|desktop\.ini)$/i;
/** A .txt list of addresses: one http(s) address a line (blank lines and # comments allowed). */
const URL_LINE = /^https?:\/\/\S+$/i;
/** A list of addresses is short text: past this a .txt is a document, not a list. */
const MAX_URL_LIST_BYTES = 1024 * 1024;

/** The name a file goes by in outputs: relative to the working directory when it is inside it. */
function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs).split(sep).join('/');
}

/** The addresses in a .txt file, when every line is one; undefined for an ordinary text file. */
async function urlList(abs: string, size: number): Promise<string[] | undefined> {
  if (!/\.txt$/i.test(abs) || size === 0 || size > MAX_URL_LIST_BYTES) return undefined;
  const handle = await open(abs, 'r');
  try {
    const lines = (await handle.readFile('utf8')).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    return lines.length > 0 && lines.every((l) => URL_LINE.test(l)) ? lines : undefined;
  } finally {
    await handle.close();
  }
}

/** Every input the command line names, folders walked in name order; what cannot be found is an input too, listed as missing. */
export async function collectInputs(args: readonly string[], cwd = process.cwd()): Promise<{ inputs: AuditInput[]; skipped: number }> {
  const inputs: AuditInput[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name)) skipped++;
        else await walk(abs);
      } else if (entry.isFile()) {
        if (SKIP_FILES.test(entry.name)) skipped++;
        else await add(abs, false);
      }
    }
  };
  const add = async (abs: string, given: boolean) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const info = await stat(abs);
    const urls = given ? await urlList(abs, info.size) : undefined;
    if (urls) for (const url of urls) inputs.push({ kind: 'url', path: url });
    else inputs.push({ kind: 'file', path: displayPath(abs, cwd), abs, size: info.size, mtimeMs: info.mtimeMs });
  };
  for (const arg of args) {
    if (URL_LINE.test(arg)) {
      inputs.push({ kind: 'url', path: arg });
      continue;
    }
    const abs = isAbsolute(arg) ? arg : join(cwd, arg);
    try {
      const info = await stat(abs);
      if (info.isDirectory()) await walk(abs);
      else await add(abs, true);
    } catch (error) {
      inputs.push({ kind: 'missing', path: arg, message: unreadable(arg, error, 'en').message, said: unreadable(arg, error).message });
    }
  }
  return { inputs, skipped };
}
