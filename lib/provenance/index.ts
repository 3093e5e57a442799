import { sha256Bytes } from '../hash';
import { readC2pa, type C2paReader } from './c2pa';
import { c2paEvidence, type C2paFindings, type MediaNoun } from './c2pa-evidence';
import { hasC2paManifest } from './jumbf';
import { metadataEvidence, metadataVerdict, type MetadataFindings } from './metadata';
import type { C2paSummary, Evidence, ImageProvenance, ProvenanceVerdict } from './schema';
import { mediaNoun, sniffMimeType } from './sniff';
import { SOURCE_CLASS_TEXT } from './source-types';

export { hasC2paManifest } from './jumbf';
export { sniffMimeType, sniffFile, mediaNoun, type SniffedFile } from './sniff';
export type { C2paReader } from './c2pa';
export * from './schema';

/** Larger files are refused: no deliverable image needs more, and a hostile one must not exhaust memory. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
/**
 * Audio and video deliverables run larger. The reader holds the whole file in its WASM memory (4 GB
 * at most), and the CLI reads it in full first: 200 MB keeps both well inside a laptop's memory.
 */
export const MAX_MEDIA_BYTES = 200 * 1024 * 1024;

export interface ProvenanceOptions {
  /** The C2PA WASM reader; loaded by the caller only when `hasC2paManifest` finds a manifest. */
  c2pa?: C2paReader;
  /** Extra trust anchors (PEM) the user added to the C2PA trust list. */
  trustAnchors?: string[];
}

/** A finding as the start of a sentence. */
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const noData = (noun: MediaNoun) =>
  `No provenance data. This proves nothing either way: most ${noun === 'image' ? 'images' : 'files'}, made by people or by AI, carry none.`;

function summaryOf(verdict: ProvenanceVerdict, evidence: readonly Evidence[], noun: MediaNoun): string {
  if (verdict === 'no-provenance') return evidence.length ? `${noData(noun)} (${evidence[0]!.finding}.)` : noData(noun);
  const strongest = evidence.find((e) => e.strength === 'strong') ?? evidence.find((e) => e.strength === 'moderate') ?? evidence[0];
  const caveat = strongest?.strength === 'weak' && !/weak/i.test(strongest.finding) ? ' Weak evidence: metadata like this is easily added or removed.' : '';
  // The verdict's own words are lib/report's: every surface shows them beside this summary.
  return `${upperFirst(strongest?.finding ?? 'no detail')}.${caveat}`;
}

/**
 * Valid credentials that say nothing of the origin leave it to the unsigned metadata, when that
 * states one; credentials that do state it are followed, and metadata that contradicts them is named.
 */
function combine(c2pa: C2paFindings, meta: MetadataFindings, noun: MediaNoun): { verdict: ProvenanceVerdict; evidence: Evidence[]; summary?: string } {
  if (c2pa.verdict === 'credentials-invalid') return { verdict: c2pa.verdict, evidence: [...c2pa.evidence, ...meta.evidence] };
  if (c2pa.silent) {
    const fromMetadata = metadataVerdict(meta.evidence);
    if (fromMetadata === 'no-provenance') return { verdict: c2pa.verdict, evidence: [...c2pa.evidence, ...meta.evidence] };
    const deciding = meta.evidence.find((e) => e.strength === 'moderate') ?? meta.evidence[0]!;
    const silence = c2pa.evidence[0]!.finding.replace(/^Content Credentials/, 'The Content Credentials');
    const weak = deciding.strength === 'weak' && !/weak/i.test(deciding.finding) ? ' Weak evidence: metadata like this is easily added or removed.' : '';
    return {
      verdict: fromMetadata,
      evidence: [deciding, ...c2pa.evidence, ...meta.evidence.filter((e) => e !== deciding)],
      summary: `${upperFirst(deciding.finding)}. ${silence}, so this unsigned metadata decides.${weak}`,
    };
  }
  const conflict = meta.xmpSourceClass && c2pa.statedClasses.size > 0 && !c2pa.statedClasses.has(meta.xmpSourceClass);
  const note: Evidence[] = conflict
    ? [{ source: 'xmp', strength: 'weak', finding: `The unsigned IPTC metadata says the ${noun} was ${SOURCE_CLASS_TEXT[meta.xmpSourceClass!]}, which the signed credentials contradict; the credentials are followed`, details: { conflict: 'xmp-vs-c2pa' } }]
    : [];
  return { verdict: c2pa.verdict, evidence: [...c2pa.evidence, ...note, ...meta.evidence.filter((e) => !(conflict && e.details.digitalSourceType))] };
}

/**
 * Reads every kind of provenance evidence in an image, PDF, audio or video file. Never throws on file
 * content: a broken or hostile file comes back as a verdict with an `error` that says what went wrong.
 */
export async function readProvenance(bytes: Uint8Array, options: ProvenanceOptions = {}): Promise<ImageProvenance> {
  const sha256 = await sha256Bytes(bytes);
  const mimeType = sniffMimeType(bytes) ?? 'application/octet-stream';
  const base = { sha256, mimeType, bytes: bytes.length };
  const noun = mediaNoun(mimeType);
  const limit = noun === 'audio' || noun === 'video' ? MAX_MEDIA_BYTES : MAX_IMAGE_BYTES;
  if (bytes.length > limit) {
    return { ...base, verdict: 'no-provenance', summary: `Not read: the file is larger than ${limit / 1024 / 1024} MB.`, evidence: [], error: 'file too large' };
  }
  if (mimeType === 'application/octet-stream') {
    return { ...base, verdict: 'no-provenance', summary: 'Not an image, PDF, audio or video file Assay can read (its first bytes match no known format).', evidence: [], error: 'unknown file type' };
  }
  const errors: string[] = [];
  const embedded = hasC2paManifest(bytes);
  let c2pa: C2paSummary | undefined;
  let c2paResult: C2paFindings | undefined;
  if (embedded) {
    if (!options.c2pa) errors.push('Content Credentials found, but no C2PA reader was available to check them');
    else {
      try {
        c2pa = await readC2pa(options.c2pa, mimeType, bytes, options.trustAnchors?.join('\n'));
        c2paResult = c2paEvidence(c2pa, noun);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        c2paResult = {
          verdict: 'credentials-invalid',
          evidence: [{ source: 'c2pa', strength: 'strong', finding: 'Content Credentials are present but broken: they cannot be read', details: { error: message.slice(0, 200) } }],
          silent: false,
          statedClasses: new Set(),
        };
      }
    }
  }
  let meta: MetadataFindings;
  try {
    meta = await metadataEvidence(bytes, mimeType, noun, embedded);
  } catch (error) {
    meta = { evidence: [], truncated: true };
    errors.push(`metadata unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (meta.truncated) errors.push('the file is truncated or malformed; what could be read is reported');
  const combined = c2paResult ? combine(c2paResult, meta, noun) : { verdict: metadataVerdict(meta.evidence), evidence: meta.evidence };
  return {
    ...base,
    verdict: combined.verdict,
    summary: combined.summary ?? summaryOf(combined.verdict, combined.evidence, noun),
    evidence: combined.evidence,
    ...(c2pa ? { c2pa } : {}),
    ...(errors.length ? { error: errors.join('; ') } : {}),
  };
}
