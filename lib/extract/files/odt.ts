import { withIds } from '../plain';
import type { SegmentKind } from '../../schema/deliverable';
import { parseXml } from './dom';
import { unzipGuarded } from './zip-guard';
import { baseName, FileReadError, type FileMeta, type FileReader } from './types';

const KIND_BY_ELEMENT: Record<string, SegmentKind> = { 'text:h': 'heading', 'text:p': 'paragraph' };

/** An element's text as ODF spells it: spaces, tabs and line breaks are elements of their own. */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const name = (node as Element).tagName;
  if (name === 'text:s') return ' '.repeat(Number((node as Element).getAttribute('text:c') ?? 1) || 1);
  if (name === 'text:tab' || name === 'text:line-break') return ' ';
  if (name === 'text:note' || name === 'office:annotation') return '';
  return Array.from(node.childNodes).map(textOf).join('');
}

/**
 * An OpenDocument text (.odt): headings and paragraphs of content.xml in reading order, a paragraph
 * inside a list item kept as a list item, table cells' paragraphs as paragraphs; the author from meta.xml.
 */
export const odtReader: FileReader = {
  id: 'odt',
  name: 'OpenDocument text',
  extensions: ['.odt'],
  async read({ path, bytes }) {
    const entries = unzipGuarded(bytes, path, (name) => name === 'content.xml' || name === 'meta.xml' || name === 'mimetype');
    const content = entries.find((e) => e.name === 'content.xml');
    if (!content) throw new FileReadError('corrupt', `${path} is not an OpenDocument text: it has no content.xml`);
    const doc = parseXml(new TextDecoder().decode(content.bytes));
    const items: { kind: SegmentKind; text: string }[] = [];
    // In document order; a paragraph's own text is read whole, so the walk does not enter it.
    const walk = (parent: Element, inList: boolean) => {
      for (const element of Array.from(parent.children)) {
        const kind = KIND_BY_ELEMENT[element.tagName];
        if (!kind) {
          walk(element, inList || element.tagName === 'text:list-item');
          continue;
        }
        const text = textOf(element).replace(/\s+/g, ' ').trim();
        if (text) items.push({ kind: kind === 'paragraph' && inList ? 'list-item' : kind, text });
      }
    };
    if (doc.documentElement) walk(doc.documentElement, false);
    const metaXml = entries.find((e) => e.name === 'meta.xml');
    const meta: FileMeta = {};
    if (metaXml) {
      const m = parseXml(new TextDecoder().decode(metaXml.bytes));
      const text = (tag: string) => m.getElementsByTagName(tag)[0]?.textContent?.trim() || undefined;
      const author = text('dc:creator') ?? text('meta:initial-creator');
      const title = text('dc:title');
      if (author) meta.author = author;
      if (title) meta.title = title;
    }
    return {
      kind: 'document',
      deliverable: { source: { kind: 'file', url: path, title: (meta.title || baseName(path)).slice(0, 500) }, segments: withIds(items) },
      meta,
      images: [],
      children: [],
      notes: [],
    };
  },
};
