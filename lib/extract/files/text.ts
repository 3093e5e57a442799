import { plainTextSegments } from '../plain';
import { decodeTextFile } from './decode';
import { baseName, type FileReader } from './types';

/** Plain text: blank lines separate passages. */
export const textReader: FileReader = {
  id: 'text',
  name: 'Text',
  extensions: ['.txt', '.text'],
  async read({ path, bytes }) {
    const segments = plainTextSegments(decodeTextFile(bytes, path));
    return { kind: 'document', deliverable: { source: { kind: 'file', url: path, title: baseName(path) }, segments }, meta: {}, images: [], children: [], notes: [] };
  },
};
