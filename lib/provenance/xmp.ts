/**
 * XMP packets read as text: the IPTC `DigitalSourceType` (both attribute and element forms) and a
 * `dcterms:provenance` pointer to a C2PA manifest. A regular expression over the packet is enough for
 * these two fields and works in a worker, where there is no DOMParser.
 */
export interface XmpFindings {
  digitalSourceType?: string;
  provenance?: string;
  creatorTool?: string;
}

/** XMP packets are small; reading past this many bytes for one is a sign of a malformed file. */
const MAX_PACKET = 1 << 20;

const OPEN = new TextEncoder().encode('<x:xmpmeta');
const CLOSE = new TextEncoder().encode('</x:xmpmeta>');

/** The first occurrence of `needle` in `bytes` at or after `from`, searched without decoding the file (videos run to hundreds of MB). */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0, until = bytes.length): number {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first, from); i >= 0 && i + needle.length <= until; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

export function extractXmp(bytes: Uint8Array): string | undefined {
  const start = indexOfBytes(bytes, OPEN);
  if (start < 0) return undefined;
  const end = indexOfBytes(bytes, CLOSE, start, Math.min(bytes.length, start + MAX_PACKET + CLOSE.length));
  if (end < 0) return undefined;
  // Decode the packet itself as UTF-8, as XMP requires.
  return new TextDecoder('utf-8').decode(bytes.subarray(start, end + CLOSE.length));
}

function field(xmp: string, name: string): string | undefined {
  const attribute = new RegExp(`${name}\\s*=\\s*"([^"]{1,500})"`).exec(xmp);
  if (attribute) return attribute[1]!.trim();
  const element = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]{1,500})</${name}>`).exec(xmp);
  if (element) return element[1]!.trim();
  const resource = new RegExp(`<${name}\\s+rdf:resource\\s*=\\s*"([^"]{1,500})"`).exec(xmp);
  return resource?.[1]?.trim();
}

export function readXmp(bytes: Uint8Array): XmpFindings | undefined {
  const xmp = extractXmp(bytes);
  if (!xmp) return undefined;
  return {
    digitalSourceType: field(xmp, 'Iptc4xmpExt:DigitalSourceType'),
    provenance: field(xmp, 'dcterms:provenance'),
    creatorTool: field(xmp, 'xmp:CreatorTool'),
  };
}
