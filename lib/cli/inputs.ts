import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { extractDeliverable } from '../extract/html';
import { markdownSegments, plainTextSegments } from '../extract/plain';
import type { Deliverable } from '../schema/deliverable';

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

export function toDeliverable(name: string, content: string): Deliverable {
  const format = detectFormat(name, content);
  const source = { kind: 'file' as const, url: name.slice(0, 4000), title: name.slice(0, 500) };
  if (format === 'html') {
    const window = new Window();
    try {
      const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
      const { deliverable } = extractDeliverable(doc, { ...source, title: (doc.title || name).slice(0, 500) });
      return deliverable;
    } finally {
      void window.happyDOM.close();
    }
  }
  return { source, segments: format === 'markdown' ? markdownSegments(content) : plainTextSegments(content) };
}

export async function readInputBytes(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  return readFile(path);
}
