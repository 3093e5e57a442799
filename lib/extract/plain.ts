import type { Omitted, Segment, SegmentKind } from '../schema/deliverable';
import { fnv1a } from '../hash';
import { PassageBudget } from './limits';

/**
 * Plain text and Markdown into passages: blank lines separate paragraphs; in Markdown, headings, list
 * items, quotes, fenced code and tables are kept apart so the detector can judge or skip each kind.
 */

/** A text's passages to judge, and what was left out of them (absent when nothing was). */
export interface Passages {
  segments: Segment[];
  omitted?: Omitted;
}

/**
 * Passages with stable ids, within the deliverable's limits: a long one is split into sentence-aligned
 * parts, and passages past the limits are counted in `omitted` (lib/extract/limits.ts).
 */
export function toPassages(items: { kind: SegmentKind; text: string }[], budget = new PassageBudget()): Passages {
  const seen = new Map<string, number>();
  const segments: Segment[] = [];
  for (const { kind, text } of items) {
    for (const part of budget.take(text, kind)) {
      const key = `${kind}:${part}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      segments.push({ id: `s${fnv1a(key)}${n ? `-${n}` : ''}`, kind, text: part });
    }
  }
  const omitted = budget.omitted();
  return { segments, ...(omitted ? { omitted } : {}) };
}

/** Passages with stable ids, for callers that judge short texts (tools, evaluation); see toPassages. */
export const withIds = (items: { kind: SegmentKind; text: string }[]): Segment[] => toPassages(items).segments;

export function plainTextPassages(text: string): Passages {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return toPassages(blocks.map((block) => ({ kind: 'paragraph', text: block })));
}

/** A plain text's passages, for tools that judge short texts; a deliverable uses plainTextPassages, which says what was left out. */
export const plainTextSegments = (text: string): Segment[] => plainTextPassages(text).segments;

const HEADING = /^#{1,6}\s+/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const QUOTE = /^\s*>\s?/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** Markdown emphasis and links reduced to their words. */
function inline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markdownPassages(markdown: string): Passages {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const items: { kind: SegmentKind; text: string }[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) items.push({ kind: 'paragraph', text: inline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) {
      flush();
      const fence = line.trim().slice(0, 3);
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').trim().startsWith(fence); i++) code.push(lines[i] ?? '');
      if (code.join('').trim()) items.push({ kind: 'code', text: code.join('\n') });
    } else if (!line.trim()) {
      flush();
    } else if (HEADING.test(line)) {
      flush();
      items.push({ kind: 'heading', text: inline(line.replace(HEADING, '')) });
    } else if (LIST_ITEM.test(line)) {
      flush();
      items.push({ kind: 'list-item', text: inline(line.replace(LIST_ITEM, '')) });
    } else if (QUOTE.test(line)) {
      flush();
      const quote: string[] = [line.replace(QUOTE, '')];
      while (i + 1 < lines.length && QUOTE.test(lines[i + 1] ?? '')) quote.push((lines[++i] ?? '').replace(QUOTE, ''));
      items.push({ kind: 'quote', text: inline(quote.join(' ')) });
    } else if (TABLE_ROW.test(line)) {
      flush();
      const rows: string[] = [line.trim()];
      while (i + 1 < lines.length && TABLE_ROW.test(lines[i + 1] ?? '')) rows.push((lines[++i] ?? '').trim());
      items.push({ kind: 'table', text: rows.join('\n') });
    } else if (!paragraph.length && items.at(-1)?.kind === 'list-item' && (lines[i - 1] ?? '').trim()) {
      // A lazy continuation line of a list item.
      const last = items.at(-1);
      if (last) last.text = inline(`${last.text} ${line}`);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return toPassages(items.filter((item) => item.text.trim()));
}

export const markdownSegments = (markdown: string): Segment[] => markdownPassages(markdown).segments;
