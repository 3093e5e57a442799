import { extractDeliverable } from '../html';
import { MAX_IMAGES } from '../../schema/deliverable';
import { parseHtml, parseXml } from './dom';
import { unzipGuarded } from './zip-guard';
import { baseName, FileReadError, type EmbeddedImage, type FileMeta, type FileReader } from './types';

/** A Word document's own metadata (docProps/core.xml): who made it, its title. */
export function corePropertiesOf(xml: Uint8Array | undefined): FileMeta {
  if (!xml) return {};
  const doc = parseXml(new TextDecoder().decode(xml));
  const text = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent?.trim() || undefined;
  const author = text('dc:creator') ?? text('cp:lastModifiedBy');
  const title = text('dc:title');
  return { ...(author ? { author } : {}), ...(title ? { title } : {}) };
}

/**
 * A Word document (.docx) through mammoth, which turns its paragraphs, headings, lists and tables into
 * simple HTML that the one HTML extractor reads. The package is unpacked first with the zip-bomb
 * limits (mammoth would inflate whatever the archive holds); figures go to the provenance reader.
 */
export const docxReader: FileReader = {
  id: 'docx',
  name: 'Word document',
  extensions: ['.docx', '.docm', '.dotx'],
  async read({ path, bytes }) {
    const entries = unzipGuarded(bytes, path);
    if (!entries.some((e) => e.name === 'word/document.xml')) throw new FileReadError('corrupt', `${path} is not a Word document: it has no word/document.xml`);
    const meta = corePropertiesOf(entries.find((e) => e.name === 'docProps/core.xml')?.bytes);
    const { default: mammoth } = await import('mammoth');
    const images: EmbeddedImage[] = [];
    let skippedImages = 0;
    let html: string;
    try {
      // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: the same bytes for both.
      const input = { buffer: bytes, arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
      const result = await mammoth.convertToHtml(input as unknown as { arrayBuffer: ArrayBuffer }, {
        convertImage: mammoth.images.imgElement(async (image) => {
          if (images.length >= MAX_IMAGES) skippedImages++;
          else images.push({ id: `img${images.length + 1}`, name: `figure ${images.length + 1} (${image.contentType})`, bytes: new Uint8Array(await image.readAsArrayBuffer()) });
          return { src: '' };
        }),
      });
      html = result.value;
    } catch (error) {
      throw new FileReadError('corrupt', `${path} is damaged: ${error instanceof Error ? error.message : String(error)}`);
    }
    const title = meta.title || baseName(path);
    const { deliverable } = extractDeliverable(parseHtml(`<!doctype html><html><body>${html}</body></html>`), { kind: 'file', url: path, title: title.slice(0, 500) });
    return {
      kind: 'document',
      deliverable: { ...deliverable, images: [] },
      meta,
      images,
      children: [],
      notes: skippedImages ? [`${skippedImages} more figure${skippedImages === 1 ? '' : 's'} past the first ${MAX_IMAGES}: provenance not read`] : [],
    };
  },
};
