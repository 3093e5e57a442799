/** Small image files built in the tests: PNG chunks with CRCs, JPEG segments, EXIF and XMP. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const latin1 = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff);
const utf8 = (s: string) => new TextEncoder().encode(s);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) (out.set(p, offset), (offset += p.length));
  return out;
}

function be32(n: number): Uint8Array {
  return Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat(latin1(type), data);
  return concat(be32(data.length), body, be32(crc32(body)));
}

const IHDR = concat(be32(1), be32(1), Uint8Array.of(8, 0, 0, 0, 0));
// One grey pixel, deflated: zlib header, a stored block of 2 bytes (filter 0, value 0x80), Adler-32.
const IDAT = Uint8Array.of(0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81);

export function png(...extra: Uint8Array[]): Uint8Array {
  return concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), pngChunk('IHDR', IHDR), ...extra, pngChunk('IDAT', IDAT), pngChunk('IEND', new Uint8Array()));
}

export function tEXt(keyword: string, text: string): Uint8Array {
  return pngChunk('tEXt', concat(latin1(keyword), Uint8Array.of(0), latin1(text)));
}

export function iTXt(keyword: string, text: string): Uint8Array {
  return pngChunk('iTXt', concat(latin1(keyword), Uint8Array.of(0, 0, 0), Uint8Array.of(0), Uint8Array.of(0), utf8(text)));
}

export async function zTXt(keyword: string, text: string): Promise<Uint8Array> {
  const stream = new Blob([latin1(text) as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
  return pngChunk('zTXt', concat(latin1(keyword), Uint8Array.of(0, 0), compressed));
}

function segment(marker: number, data: Uint8Array): Uint8Array {
  const length = data.length + 2;
  return concat(Uint8Array.of(0xff, marker, length >> 8, length & 0xff), data);
}

/** A JPEG with the given APPn segments and a minimal body (enough for metadata readers). */
export function jpeg(...segments: Uint8Array[]): Uint8Array {
  return concat(Uint8Array.of(0xff, 0xd8), ...segments, Uint8Array.of(0xff, 0xd9));
}

export function xmpSegment(inner: string): Uint8Array {
  const packet = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" ${inner}/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  return segment(0xe1, concat(latin1('http://ns.adobe.com/xap/1.0/\0'), utf8(packet)));
}

/** APP1 EXIF with one ASCII tag in IFD0 (little-endian TIFF). */
export function exifSegment(tag: number, value: string): Uint8Array {
  const text = latin1(`${value}\0`);
  const ifdOffset = 8;
  const valueOffset = ifdOffset + 2 + 12 + 4;
  const le16 = (n: number) => Uint8Array.of(n & 0xff, n >> 8);
  const le32 = (n: number) => Uint8Array.of(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24);
  const tiff = concat(latin1('II'), le16(42), le32(ifdOffset), le16(1), le16(tag), le16(2), le32(text.length), le32(valueOffset), le32(0), text);
  return segment(0xe1, concat(latin1('Exif\0\0'), tiff));
}

/** An APP11 JUMBF segment whose box claims a length far beyond the file. */
export function brokenJumbfSegment(): Uint8Array {
  const box = concat(be32(0x7fffffff), latin1('jumb'), be32(40), latin1('jumd'), latin1('c2pa'), new Uint8Array(12), Uint8Array.of(3), latin1('c2pa\0'));
  return segment(0xeb, concat(latin1('JP'), Uint8Array.of(0, 0), be32(1), box));
}

/**
 * A decodable 1×1 grey baseline JPEG (JFIF, one quantisation table, one-symbol Huffman tables, one
 * scan) with the given APPn segments after JFIF: what a C2PA builder needs to embed a manifest.
 */
export function baselineJpeg(...segments: Uint8Array[]): Uint8Array {
  const jfif = segment(0xe0, concat(latin1('JFIF\0'), Uint8Array.of(1, 1, 0, 0, 1, 0, 1, 0, 0)));
  const dqt = segment(0xdb, concat(Uint8Array.of(0), new Uint8Array(64).fill(1)));
  const sof0 = segment(0xc0, Uint8Array.of(8, 0, 1, 0, 1, 1, 1, 0x11, 0));
  // One code of length 1 in each table: DC "difference 0" and AC "end of block".
  const huffman = (tableClass: number) => concat(Uint8Array.of(tableClass << 4), Uint8Array.of(1, ...new Array(15).fill(0)), Uint8Array.of(0));
  const dht = segment(0xc4, concat(huffman(0), huffman(1)));
  const sos = segment(0xda, Uint8Array.of(1, 1, 0x00, 0, 63, 0));
  // Two zero bits (DC 0, EOB), padded with ones.
  return concat(Uint8Array.of(0xff, 0xd8), jfif, ...segments, dqt, sof0, dht, sos, Uint8Array.of(0x3f), Uint8Array.of(0xff, 0xd9));
}
