/**
 * A cheap scan for an embedded C2PA manifest store, run before the 8 MB WASM reader is loaded: a JUMBF
 * description box (`jumd`) whose type starts with `c2pa`. An XMP `dcterms:provenance` pointer alone does
 * not count — the manifest it names may have been stripped.
 */
const MARKER = [0x6a, 0x75, 0x6d, 0x64, 0x63, 0x32, 0x70, 0x61]; // "jumdc2pa"

export function findC2paMarker(bytes: Uint8Array): number {
  // Native indexOf finds each candidate first byte: fast enough for videos of hundreds of MB.
  outer: for (let i = bytes.indexOf(MARKER[0]!); i >= 0 && i + MARKER.length <= bytes.length; i = bytes.indexOf(MARKER[0]!, i + 1)) {
    for (let j = 1; j < MARKER.length; j++) if (bytes[i + j] !== MARKER[j]) continue outer;
    return i;
  }
  return -1;
}

export function hasC2paManifest(bytes: Uint8Array): boolean {
  return findC2paMarker(bytes) >= 0;
}
