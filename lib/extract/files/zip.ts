import { unzipGuarded } from './zip-guard';
import type { FileInput, FileReader } from './types';

/** Files an archiver adds that are not part of the portfolio: macOS resource forks and Finder files. */
const ARCHIVER_NOISE = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

/**
 * A .zip of deliverables: every file inside is read on its own, under the archive's path
 * (`portfolio.zip/alice/essay.docx`), with the zip-bomb limits. Archiver noise is left out and counted.
 */
export const zipReader: FileReader = {
  id: 'zip',
  name: 'ZIP archive',
  extensions: ['.zip'],
  async read({ path, bytes }) {
    let noise = 0;
    const entries = unzipGuarded(bytes, path, (name) => {
      if (ARCHIVER_NOISE.test(name)) {
        noise++;
        return false;
      }
      return true;
    });
    const children: FileInput[] = entries.map((entry) => ({ path: `${path}/${entry.name.replace(/^\/+/, '').replace(/(^|\/)\.\.(?=\/|$)/g, '$1_')}`, bytes: entry.bytes }));
    return { kind: 'archive', children, notes: noise ? [`${noise} archiver file${noise === 1 ? '' : 's'} (__MACOSX, .DS_Store) left out`] : [] };
  },
};
