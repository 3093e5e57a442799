import { sha256Bytes } from '../hash';
import { summarizeStore, type C2paReader } from './c2pa';
import { generatorIn, looksLikeComfyGraph, looksLikeWebUiParameters } from './generators';
import { hasC2paManifest } from './jumbf';
import { readPngText } from './png-text';
import type { C2paSummary, Evidence, ImageProvenance, ProvenanceVerdict } from '../schema/provenance';
import { sniffMimeType } from './sniff';
import { classifySourceType, SOURCE_CLASS_TEXT, sourceTypeTerm } from './source-types';
import { readXmp } from './xmp';
import { readExifGenerator } from './exif';

export { hasC2paManifest } from './jumbf';
export { sniffMimeType, isImageOrPdf } from './sniff';
export type { C2paReader } from './c2pa';
export * from './schema';

/** Larger files are refused: no deliverable image needs more, and a hostile one must not exhaust memory. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

export interface ProvenanceOptions {
  /** The C2PA WASM reader; loaded by the caller only when `hasC2paManifest` finds a manifest. */
  c2pa?: C2paReader;
  /** Extra trust anchors (PEM) the user added to the C2PA trust list. */
  trustAnchors?: string[];
}


const NO_DATA = 'No provenance data. This proves nothing either way: most images, made by people or by AI, carry none.';

function c2paEvidence(summary: C2paSummary): { verdict: ProvenanceVerdict; evidence: Evidence[] } {
  const trust = summary.validation === 'valid' ? 'valid, signer trusted' : summary.validation === 'valid-untrusted' ? 'valid, but the signer is not on the trust list' : summary.validation;
  const active = summary.manifests.find((m) => m.active) ?? summary.manifests[0];
  const base = { signer: active?.signer ?? 'unknown', generator: active?.claimGenerator ?? 'unknown', validation: summary.validation };
  if (summary.validation === 'invalid' || summary.validation === 'tampered') {
    return {
      verdict: 'credentials-invalid',
      evidence: [{ source: 'c2pa', strength: 'strong', finding: summary.validation === 'tampered' ? 'Content Credentials present, but the image was changed after signing' : 'Content Credentials present, but they do not validate', details: { ...base, codes: summary.validationCodes.join(', ') } }],
    };
  }
  const evidence: Evidence[] = [];
  let generative: 'full' | 'composite' | undefined;
  let captured = false;
  let algorithmic = false;
  for (const manifest of summary.manifests) {
    for (const action of manifest.actions) {
      if (!action.digitalSourceType) continue;
      const cls = classifySourceType(action.digitalSourceType);
      const where = manifest.active ? 'this image' : 'an ingredient of this image';
      const agent = action.softwareAgent ? ` by ${action.softwareAgent}` : '';
      if (cls === 'generative' || cls === 'composite-generative') {
        if (manifest.active) generative = cls === 'generative' && generative !== 'composite' ? 'full' : 'composite';
        else generative ??= 'composite';
      }
      if (cls === 'capture' && manifest.active) captured = true;
      if (cls === 'algorithmic' && manifest.active) algorithmic = true;
      evidence.push({
        source: 'c2pa',
        strength: 'strong',
        finding: `Content Credentials (${trust}) say ${where} was ${SOURCE_CLASS_TEXT[cls]}${agent} (${action.action.replace(/^c2pa\./, '')}, ${sourceTypeTerm(action.digitalSourceType)})`,
        details: { ...base, action: action.action, digitalSourceType: sourceTypeTerm(action.digitalSourceType), ...(action.softwareAgent ? { softwareAgent: action.softwareAgent } : {}), manifest: manifest.label },
      });
    }
  }
  if (evidence.length === 0) evidence.push({ source: 'c2pa', strength: 'strong', finding: `Content Credentials (${trust}) record edits but do not state how the image was first made`, details: base });
  const verdict: ProvenanceVerdict = generative === 'full' ? 'ai-generated' : generative === 'composite' ? 'ai-edited' : captured ? 'captured' : 'edited-origin-unknown';
  if (verdict === 'edited-origin-unknown' && algorithmic) evidence[0] = { ...evidence[0]!, finding: `${evidence[0]!.finding}: not generative AI` };
  return { verdict, evidence };
}

async function metadataEvidence(bytes: Uint8Array, mimeType: string): Promise<{ evidence: Evidence[]; truncated: boolean }> {
  const evidence: Evidence[] = [];
  let truncated = false;
  const xmp = readXmp(bytes);
  if (xmp?.digitalSourceType) {
    const cls = classifySourceType(xmp.digitalSourceType);
    evidence.push({ source: 'xmp', strength: 'moderate', finding: `IPTC metadata says the image was ${SOURCE_CLASS_TEXT[cls]} (${sourceTypeTerm(xmp.digitalSourceType)}); unsigned, so it can be edited by anyone`, details: { digitalSourceType: sourceTypeTerm(xmp.digitalSourceType) } });
  }
  if (xmp?.provenance) {
    evidence.push({ source: 'xmp', strength: 'weak', finding: 'The metadata points to Content Credentials that are not in the file (removed, or stored remotely and not fetched)', details: { provenance: xmp.provenance.slice(0, 300) } });
  }
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
  const exif = await readExifGenerator(bytes);
  if (exif) evidence.push({ source: 'exif', strength: 'weak', finding: `EXIF ${exif.tag} names ${exif.generator} (weak: easily edited)`, details: { tag: exif.tag, value: exif.value.slice(0, 200) } });
  return { evidence, truncated };
}

function metadataVerdict(evidence: readonly Evidence[]): ProvenanceVerdict {
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

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function summaryOf(verdict: ProvenanceVerdict, evidence: readonly Evidence[]): string {
  if (verdict === 'no-provenance') return evidence.length ? `${NO_DATA} (${evidence[0]!.finding}.)` : NO_DATA;
  const strongest = evidence.find((e) => e.strength === 'strong') ?? evidence.find((e) => e.strength === 'moderate') ?? evidence[0];
  const caveat = strongest?.strength === 'weak' && !/weak/i.test(strongest.finding) ? ' Weak evidence: metadata like this is easily added or removed.' : '';
  // The verdict's own words are lib/report's: every surface shows them beside this summary.
  return `${upperFirst(strongest?.finding ?? 'no detail')}.${caveat}`;
}

/**
 * Reads every kind of provenance evidence in an image or PDF. Never throws on file content: a broken
 * or hostile file comes back as a verdict with an `error` that says what went wrong.
 */
export async function readProvenance(bytes: Uint8Array, options: ProvenanceOptions = {}): Promise<ImageProvenance> {
  const sha256 = await sha256Bytes(bytes);
  const mimeType = sniffMimeType(bytes) ?? 'application/octet-stream';
  const base = { sha256, mimeType, bytes: bytes.length };
  if (bytes.length > MAX_IMAGE_BYTES) {
    return { ...base, verdict: 'no-provenance', summary: `Not read: the file is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`, evidence: [], error: 'file too large' };
  }
  if (mimeType === 'application/octet-stream') {
    return { ...base, verdict: 'no-provenance', summary: 'Not an image or PDF Assay can read (its first bytes match no known format).', evidence: [], error: 'unknown file type' };
  }
  const errors: string[] = [];
  let c2pa: C2paSummary | undefined;
  let c2paResult: { verdict: ProvenanceVerdict; evidence: Evidence[] } | undefined;
  if (hasC2paManifest(bytes)) {
    if (!options.c2pa) errors.push('Content Credentials found, but no C2PA reader was available to check them');
    else {
      try {
        c2pa = summarizeStore(await options.c2pa.read(mimeType, bytes, options.trustAnchors?.join('\n')));
        c2paResult = c2paEvidence(c2pa);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        c2paResult = {
          verdict: 'credentials-invalid',
          evidence: [{ source: 'c2pa', strength: 'strong', finding: 'Content Credentials are present but broken: they cannot be read', details: { error: message.slice(0, 200) } }],
        };
      }
    }
  }
  let meta: Awaited<ReturnType<typeof metadataEvidence>>;
  try {
    meta = await metadataEvidence(bytes, mimeType);
  } catch (error) {
    meta = { evidence: [], truncated: true };
    errors.push(`metadata unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (meta.truncated) errors.push('the file is truncated or malformed; what could be read is reported');
  const evidence = [...(c2paResult?.evidence ?? []), ...meta.evidence];
  const verdict = c2paResult?.verdict ?? metadataVerdict(meta.evidence);
  return {
    ...base,
    verdict,
    summary: summaryOf(verdict, evidence),
    evidence,
    ...(c2pa ? { c2pa } : {}),
    ...(errors.length ? { error: errors.join('; ') } : {}),
  };
}
