import { markdownSegments } from '../plain';
import { decodeTextFile } from './decode';
import { baseName, type FileReader } from './types';

/** Markdown: headings, list items, quotes, code and tables kept apart, so code and tables are not judged as prose. */
export const markdownReader: FileReader = {
  id: 'markdown',
  name: 'Markdown',
  extensions: ['.md', '.markdown'],
  async read({ path, bytes }) {
    const text = decodeTextFile(bytes, path);
    const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim();
    return {
      kind: 'document',
      deliverable: { source: { kind: 'file', url: path, title: (title || baseName(path)).slice(0, 500) }, segments: markdownSegments(text) },
      meta: title ? { title } : {},
      images: [],
      children: [],
      notes: [],
    };
  },
};
