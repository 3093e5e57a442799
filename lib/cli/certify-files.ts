import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { basename } from 'node:path';
import { detect } from '../detect';
import { readProvenance, sniffFile } from '../provenance';
import { loadC2paReaderNode } from '../provenance/c2pa-node';
import { hasC2paManifest } from '../provenance/jumbf';
import type { Sensitivity } from '../schema/sensitivity';
import type { DetectionResult } from '../schema/verdict';
import type { ImageProvenance } from '../schema/provenance';
import { KnownSignerSchema, type KnownSigner } from '../certify/tofu';
import { t } from '../i18n';
import { formatName } from './format-names';
import { EXIT, InputError } from './exit-codes';
import { readInputBytes, toDeliverable } from './inputs';
import { decodeText } from './text-input';

/**
 * What `assay certify` and `assay verify` read: each file as a text document (the same readers as
 * `assay scan`, scanned with `detect()`) or an image (hashed, its provenance read), and the known
 * signers file of trust on first use.
 */
export type ReadFile =
  | { kind: 'document'; name: string; path: string; result: DetectionResult; title: string }
  | { kind: 'image'; name: string; path: string; bytes: Uint8Array; provenance: ImageProvenance };

export async function readForCertificate(path: string, sensitivity: Sensitivity): Promise<ReadFile> {
  const bytes = await readInputBytes(path);
  const name = basename(path);
  const sniffed = sniffFile(bytes);
  if (sniffed?.kind === 'image') {
    const c2pa = hasC2paManifest(bytes) ? await loadC2paReaderNode() : undefined;
    return { kind: 'image', name, path, bytes, provenance: await readProvenance(bytes, { c2pa }) };
  }
  if (sniffed)
    throw new InputError(sniffed.kind === 'pdf' ? t('cli.certify.notCoveredPdf', { path }) : t('cli.certify.notCovered', { path, format: formatName(sniffed) }), EXIT.UNUSABLE);
  const deliverable = await toDeliverable(name, decodeText(bytes, path));
  if (deliverable.segments.length === 0) throw new InputError(t('cli.certify.noPassage', { path }), EXIT.UNUSABLE);
  return { kind: 'document', name, path, title: deliverable.source.title, result: detect(deliverable.segments, { sensitivity }) };
}

/** Where the CLI keeps what it remembers: $ASSAY_HOME, else $XDG_CONFIG_HOME/assay, else ~/.config/assay. */
export function assayHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ASSAY_HOME) return env.ASSAY_HOME;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'assay');
}

const KnownFileSchema = z.object({ version: z.literal(1), signers: z.array(KnownSignerSchema).max(100_000) });

export const knownSignersPath = (env?: NodeJS.ProcessEnv) => join(assayHome(env), 'known-signers.json');

export async function loadKnownSigners(path: string): Promise<KnownSigner[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new InputError(t('cli.signers.cannotRead', { path, error: (error as Error).message }), EXIT.FAILED);
  }
  const parsed = KnownFileSchema.safeParse((() => {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  })());
  if (!parsed.success) throw new InputError(t('cli.signers.damaged', { path }), EXIT.FAILED);
  return parsed.data.signers;
}

/** Writes the known signers atomically (a temporary file renamed over the old one). */
export async function saveKnownSigners(path: string, signers: readonly KnownSigner[]): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ version: 1, signers }, null, 1)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}
