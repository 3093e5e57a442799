import { mediaNoun, readProvenance, type SniffedFile } from '../provenance';
import { IMAGE_VERDICTS } from '../report/labels';
import { loadC2paReaderNode } from '../provenance/c2pa-node';
import { hasC2paManifest } from '../provenance/jumbf';
import type { Io } from './commands';
import { t } from '../i18n';
import { formatName } from './format-names';
import { EXIT } from './exit-codes';

/**
 * `assay scan <file>` for a file that is not text: images, PDFs, audio and video get their provenance
 * verdict and its evidence; what the provenance reader cannot read (fonts, archives, programs, media
 * formats without C2PA support) is refused by name with a non-zero exit, never scanned as text.
 */
export async function scanProvenanceFile(name: string, bytes: Uint8Array, file: SniffedFile, options: { json: boolean; trustAnchors?: string[] }, io: Io): Promise<number> {
  if (file.kind === 'font' || file.kind === 'other-binary') {
    io.err(`assay: ${t('cli.provenance.refused', { name, format: formatName(file), mimeType: file.mimeType })}`);
    return EXIT.UNUSABLE;
  }
  const { trustAnchors } = options;
  // The 8 MB reader loads only when a manifest is there to read.
  const c2pa = hasC2paManifest(bytes) ? await loadC2paReaderNode() : undefined;
  const result = await readProvenance(bytes, { c2pa, trustAnchors });
  if (result.error === 'file too large') {
    io.err(`assay: ${name}: ${result.summary}`);
    return EXIT.UNREADABLE;
  }
  if (options.json) {
    const { verdict, ...rest } = result;
    io.out(JSON.stringify({ file: name, provenance: verdict, ...rest }));
    return 0;
  }
  const lines = [
    t('cli.provenance.heading', { noun: t(`cli.provenance.noun.${mediaNoun(result.mimeType)}`), name, mimeType: result.mimeType, bytes: result.bytes }),
    t('report.verdict', { verdict: IMAGE_VERDICTS[result.verdict].text }),
    result.summary,
  ];
  if (result.evidence.length) lines.push('', t('cli.provenance.evidence'), ...result.evidence.map((e) => `  [${t(`cli.provenance.strength.${e.strength}`)}] ${e.source}: ${e.finding}`));
  if (result.error) lines.push('', t('cli.provenance.note', { note: result.error }));
  io.out(lines.join('\n'));
  return 0;
}
