import { extractDeliverable } from '../html';
import { decodeTextFile } from './decode';
import { parseHtml } from './dom';
import { baseName, type FileReader, type FileMeta } from './types';

/** The author a page names in its own metadata, if any. */
function authorOf(doc: Document): string | undefined {
  return doc.querySelector('meta[name="author" i]')?.getAttribute('content')?.trim() || undefined;
}

/**
 * A saved web page or HTML export, read by the same extractor as a live page. Its images are
 * addresses relative to a page that is not here: they are counted in a note, not fetched.
 */
export const htmlReader: FileReader = {
  id: 'html',
  name: 'HTML',
  extensions: ['.html', '.htm', '.xhtml'],
  async read({ path, bytes }) {
    const doc = parseHtml(decodeTextFile(bytes, path));
    const title = doc.title?.trim();
    const source = { kind: 'file' as const, url: path, title: (title || baseName(path)).slice(0, 500) };
    const { deliverable } = extractDeliverable(doc, source);
    const images = doc.querySelectorAll('img').length;
    const meta: FileMeta = { ...(authorOf(doc) ? { author: authorOf(doc) } : {}), ...(title ? { title } : {}) };
    return {
      kind: 'document',
      deliverable: { ...deliverable, images: [] },
      meta,
      images: [],
      children: [],
      notes: images ? [`${images} image${images === 1 ? '' : 's'} referenced by address: not read (a saved page's images are not in the file)`] : [],
    };
  },
};
