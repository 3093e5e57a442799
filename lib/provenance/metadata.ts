import { readExifGenerator } from './exif';
import { generatorIn, looksLikeComfyGraph, looksLikeWebUiParameters } from './generators';
import { readPngText } from './png-text';
import type { Evidence, ProvenanceVerdict } from './schema';
import type { MediaNoun } from './c2pa-evidence';
import { classifySourceType, SOURCE_CLASS_TEXT, sourceTypeTerm, type SourceClass } from './source-types';
import { readXmp } from './xmp';

/**
 * Unsigned evidence: IPTC/XMP, PNG text chunks, EXIF. Each can be added or removed by anyone, so it
 * is moderate (an IPTC source type) or weak (a generator's name), never strong.
 */
export interface MetadataFindings {
  evidence: Evidence[];
  truncated: boolean;
  /** The class of the IPTC digital source type the XMP states, if any. */
  xmpSourceClass?: SourceClass;
}

/** A `dcterms:provenance` pointer, in words that fit whether the manifest it names is in the file. */
function pointerEvidence(pointer: string, embedded: boolean): Evidence | undefined {
  const self = /^self#jumbf=/i.test(pointer.trim());
  if (embedded && self) return undefined;
  let host = 'another location';
  try {
    host = new URL(pointer).host || host;
  } catch {
    // Not a URL: named as "another location".
  }
  const finding = self
    ? 'The metadata points to Content Credentials inside the file, but they are not in the file: removed after signing, or stripped by a site or tool'
    : embedded
      ? `The metadata also points to Content Credentials stored at ${host}; Assay does not fetch them, so those were not checked`
      : `The metadata points to Content Credentials stored at ${host}, not in the file; Assay does not fetch them, so they were not checked`;
  return { source: 'xmp', strength: 'weak', finding, details: { provenance: pointer.slice(0, 300) } };
}

export async function metadataEvidence(bytes: Uint8Array, mimeType: string, noun: MediaNoun, embedded: boolean): Promise<MetadataFindings> {
  const evidence: Evidence[] = [];
  let truncated = false;
  const xmp = readXmp(bytes);
  let xmpSourceClass: SourceClass | undefined;
  if (xmp?.digitalSourceType) {
    xmpSourceClass = classifySourceType(xmp.digitalSourceType);
    evidence.push({ source: 'xmp', strength: 'moderate', finding: `IPTC metadata says the ${noun} was ${SOURCE_CLASS_TEXT[xmpSourceClass]} (${sourceTypeTerm(xmp.digitalSourceType)}); unsigned, so it can be edited by anyone`, details: { digitalSourceType: sourceTypeTerm(xmp.digitalSourceType) } });
  }
  const pointer = xmp?.provenance ? pointerEvidence(xmp.provenance, embedded) : undefined;
  if (pointer) evidence.push(pointer);
  const creator = generatorIn(xmp?.creatorTool);
  if (creator) evidence.push({ source: 'xmp', strength: 'weak', finding: `The metadata names ${creator} as the creating tool (unsigned, easily edited)`, details: { creatorTool: xmp!.creatorTool!.slice(0, 200) } });
  if (mimeType === 'image/png') {
    const png = await readPngText(bytes);
    truncated ||= png.truncated;
    for (const chunk of png.chunks) {
      if (chunk.keyword === 'parameters' && looksLikeWebUiParameters(chunk.text))
        evidence.push({ source: 'png-text', strength: 'weak', finding: 'PNG text holds Stable Diffusion WebUI generation settings (weak: text chunks are easily added or removed)', details: { keyword: chunk.keyword, excerpt: chunk.text.slice(0, 160) } });
      else if ((chunk.keyword === 'prompt' || chunk.keyword === 'workflow') && looksLikeComfyGraph(chunk.text))
        evidence.push({ source: 'png-text', strength: 'weak', finding: `PNG text holds a ComfyUI ${chunk.keyword} graph (weak: text chunks are easily added or removed)`, details: { keyword: chunk.keyword } });
      else {
        const name = generatorIn(chunk.text.slice(0, 2000));
        if (name && ['Software', 'Description', 'Comment', 'Title'].includes(chunk.keyword))
          evidence.push({ source: 'png-text', strength: 'weak', finding: `PNG text names ${name} (weak: easily edited)`, details: { keyword: chunk.keyword, excerpt: chunk.text.slice(0, 160) } });
      }
    }
  }
  // EXIF lives in images (and PDFs' embedded images, which exifreader does not reach).
  if (noun === 'image') {
    const exif = await readExifGenerator(bytes);
    if (exif) evidence.push({ source: 'exif', strength: 'weak', finding: `EXIF ${exif.tag} names ${exif.generator} (weak: easily edited)`, details: { tag: exif.tag, value: exif.value.slice(0, 200) } });
  }
  return { evidence, truncated, ...(xmpSourceClass ? { xmpSourceClass } : {}) };
}

/** The verdict unsigned evidence supports on its own, strongest first. */
export function metadataVerdict(evidence: readonly Evidence[]): ProvenanceVerdict {
  const ist = evidence.find((e) => e.source === 'xmp' && e.details.digitalSourceType);
  if (ist) {
    const cls = classifySourceType(ist.details.digitalSourceType!);
    if (cls === 'generative') return 'ai-generated';
    if (cls === 'composite-generative') return 'ai-edited';
    if (cls === 'capture') return 'captured';
  }
  if (evidence.some((e) => e.source === 'png-text' || e.source === 'exif' || (e.source === 'xmp' && e.details.creatorTool))) return 'ai-generated';
  return 'no-provenance';
}
