/**
 * PNG text chunks (tEXt, iTXt, zTXt) with bounds checks on every length: a hostile file must not make us
 * read past its end or allocate without limit.
 */
export interface PngText {
  keyword: string;
  text: string;
}

const SIGNATURE_LENGTH = 8;
/** Text chunks larger than this are not generator metadata; they are skipped rather than decoded. */
const MAX_TEXT_CHUNK = 4 << 20;

async function inflate(data: Uint8Array): Promise<string | undefined> {
  try {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
    const text = await new Response(stream).text();
    return text.slice(0, MAX_TEXT_CHUNK);
  } catch {
    return undefined;
  }
}

export async function readPngText(bytes: Uint8Array): Promise<{ chunks: PngText[]; truncated: boolean }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngText[] = [];
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder('utf-8');
  let offset = SIGNATURE_LENGTH;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = latin1.decode(bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) return { chunks, truncated: true };
    if (length <= MAX_TEXT_CHUNK && (type === 'tEXt' || type === 'iTXt' || type === 'zTXt')) {
      const data = bytes.subarray(dataStart, dataEnd);
      const nul = data.indexOf(0);
      if (nul > 0) {
        const keyword = latin1.decode(data.subarray(0, nul));
        if (type === 'tEXt') chunks.push({ keyword, text: latin1.decode(data.subarray(nul + 1)) });
        else if (type === 'zTXt') {
          const text = await inflate(data.subarray(nul + 2));
          if (text !== undefined) chunks.push({ keyword, text });
        } else {
          // iTXt: keyword \0 compressionFlag compressionMethod languageTag \0 translatedKeyword \0 text
          const compressed = data[nul + 1] === 1;
          const langEnd = data.indexOf(0, nul + 3);
          const transEnd = langEnd < 0 ? -1 : data.indexOf(0, langEnd + 1);
          if (transEnd >= 0) {
            const body = data.subarray(transEnd + 1);
            const text = compressed ? await inflate(body) : utf8.decode(body);
            if (text !== undefined) chunks.push({ keyword, text });
          }
        }
      }
    }
    if (type === 'IEND') break;
    offset = dataEnd + 4;
  }
  return { chunks, truncated: false };
}
