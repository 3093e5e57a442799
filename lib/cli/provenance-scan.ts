import { readProvenance } from '../provenance';
import { IMAGE_VERDICTS } from '../report/labels';
import { loadC2paReaderNode } from '../provenance/c2pa-node';
import { hasC2paManifest } from '../provenance/jumbf';
import type { Io } from './commands';

/** `assay scan <image-or-pdf>`: the provenance verdict and its evidence. */
export async function scanImageFile(name: string, bytes: Uint8Array, options: { json: boolean; trustAnchors?: string[] }, io: Io): Promise<number> {
  // The 8 MB reader loads only when a manifest is there to read.
  const c2pa = hasC2paManifest(bytes) ? await loadC2paReaderNode() : undefined;
  const result = await readProvenance(bytes, { c2pa, trustAnchors: options.trustAnchors });
  if (options.json) {
    const { verdict, ...rest } = result;
    io.out(JSON.stringify({ file: name, provenance: verdict, ...rest }));
    return 0;
  }
  const lines = [`Assay image provenance: ${name} (${result.mimeType}, ${result.bytes.toLocaleString('en')} bytes)`, `Verdict: ${IMAGE_VERDICTS[result.verdict].text}`, result.summary];
  if (result.evidence.length) lines.push('', 'Evidence:', ...result.evidence.map((e) => `  [${e.strength}] ${e.source}: ${e.finding}`));
  if (result.error) lines.push('', `Note: ${result.error}`);
  io.out(lines.join('\n'));
  return 0;
}
