import { readFile, stat } from 'node:fs/promises';
import { extractDeliverable } from '../extract/html';
import { markdownPassages, plainTextPassages } from '../extract/plain';
import type { Deliverable } from '../schema/deliverable';
import { t, type Locale } from '../i18n';
import { EXIT, InputError } from './exit-codes';

export type Format = 'html' | 'markdown' | 'text';

/** The format of an input, from its name and, failing that, its first bytes. */
export function detectFormat(name: string, content: string): Format {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  const head = content.slice(0, 512).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(p|div|body|article)[\s>]/.test(head)) return 'html';
  if (/^#{1,6}\s|^\s*[-*]\s|```/m.test(content.slice(0, 4096))) return 'markdown';
  return 'text';
}

export async function toDeliverable(name: string, content: string): Promise<Deliverable> {
  const format = detectFormat(name, content);
  const source = { kind: 'file' as const, url: name.slice(0, 4000), title: name.slice(0, 500) };
  if (format === 'html') {
    // happy-dom is loaded only for HTML: a plain-text scan starts without it.
    const { Window } = await import('happy-dom');
    const window = new Window();
    try {
      const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
      const { deliverable } = extractDeliverable(doc, { ...source, title: (doc.title || name).slice(0, 500) });
      return deliverable;
    } finally {
      void window.happyDOM.close();
    }
  }
  // Text past the deliverable's limits is counted in `omitted`: the report says what was not judged.
  const { segments, omitted } = format === 'markdown' ? markdownPassages(content) : plainTextPassages(content);
  return { source, segments, ...(omitted ? { omitted } : {}) };
}

/**
 * Why a file cannot be read, in words (the terminal's language, or `locale`: an audit stores its
 * reasons in English), with the exit code that means it.
 */
export function unreadable(path: string, error: unknown, locale?: Locale): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError(t('cli.input.noSuchFile', { path }, locale), EXIT.UNREADABLE);
  if (code === 'EISDIR') return new InputError(t('cli.input.directory', { path }, locale), EXIT.UNREADABLE);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(t('cli.input.permission', { path }, locale), EXIT.UNREADABLE);
  // Any other system error keeps the system's own words (and its code) as the detail.
  return new InputError(t('cli.input.cannotRead', { path, error: error instanceof Error ? error.message : String(error) }, locale), EXIT.UNREADABLE);
}

/** Checks that a path is a file that can be opened, before a command starts streaming it. */
export async function checkReadableFile(path: string): Promise<void> {
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** The bytes of a file, or of stdin for `-`; an InputError when they cannot be read. */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  await checkReadableFile(path);
  try {
    return await readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}
