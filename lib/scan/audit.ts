import { detect, MIN_DOCUMENT_WORDS } from '../detect';
import { checkSize, FileReadError, identifyFormat, readFileContent, unknownTypeMessage, MAX_FILE_BYTES, type EmbeddedImage, type FileContent, type FileInput } from '../extract/files';
import { sha256Bytes, sha256Hex } from '../hash';
import { hasC2paManifest, readProvenance, sniffMimeType, type C2paReader } from '../provenance';
import { excerpt } from '../report/labels';
import { imageSummary } from '../report/images';
import type { Deliverable, ImageRef } from '../schema/deliverable';
import type { ImageProvenance } from '../schema/provenance';
import type { ImageRecord, ScanRecord } from '../schema/record';
import type { Sensitivity } from '../schema/sensitivity';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { NO_CERTIFICATE, type AuditItem, type CertificateStatus } from '../audit/schema';
import { MAX_NESTING } from '../extract/files/limits';
import { createScanService } from './service';
import { recordOfScan } from '../store/records';

/**
 * One file of a portfolio audit, through the one scan pipeline: the file's reader (lib/extract/files)
 * turns it into a deliverable, and the scan service hashes it, runs the local detector, reads its
 * images' provenance and builds the record, exactly as for a page. Images are read by the provenance
 * reader; archives and a mail's attachments give items of their own.
 *
 * Audit results are entries of the audit, not records of the Scans list: a portfolio of a thousand
 * files would bury the user's own scans, an audit is a snapshot to compare with the next one (a
 * record keeps only the latest verdict of one address), and a file's identity is its path in the
 * portfolio. The record the service builds is kept as the entry's detail, so the dashboard shows it
 * with the same components. Second opinions are not asked: an audit never sends a portfolio away.
 *
 * Runs where the caller is already off the main thread: a Web Worker of the dashboard's pool, or a
 * worker thread of the CLI.
 */

export interface AuditEnv {
  sensitivity: Sensitivity;
  /** The C2PA reader, loaded by the caller's own means (WASM URL in a worker, the package in Node), only when needed. */
  loadC2pa: () => Promise<C2paReader>;
  trustAnchors?: string[];
  /** The certificate slot (issue 12): a file's certificate status; every file has none until a checker is plugged in. */
  certificate?: (file: FileInput) => Promise<CertificateStatus>;
  now: () => number;
}

/** One audited file: its summary item, and the detail the dashboard shows (the record, or an image's provenance). */
export interface AuditOutcome {
  item: AuditItem;
  record?: ScanRecord;
  provenance?: ImageProvenance;
}

/** Passages of a file a report quotes: the likeliest machine-written, AI or unsure. */
const FLAGGED_PER_FILE = 5;

async function provenanceOf(bytes: Uint8Array, env: AuditEnv): Promise<ImageProvenance> {
  const c2pa = hasC2paManifest(bytes) ? await env.loadC2pa() : undefined;
  return readProvenance(bytes, { c2pa, trustAnchors: env.trustAnchors });
}

/** The embedded images of a document as the scan service takes them: refs by id, their bytes beside. */
function imageRefs(images: readonly EmbeddedImage[]): ImageRef[] {
  // The bytes travel beside the deliverable: the ref's address only names the image's type.
  return images.map((image) => ({ id: image.id, url: `data:${sniffMimeType(image.bytes) ?? 'image/unknown'},`, alt: image.name.slice(0, 500), width: 0, height: 0 }));
}

/** Runs a document's deliverable through the scan service, with an engine for audits: in this thread, stored nowhere, no second opinions. */
async function scanDocument(deliverable: Deliverable, images: readonly EmbeddedImage[], env: AuditEnv): Promise<ScanRecord> {
  const bytesById = new Map(images.map((i) => [i.id, i.bytes]));
  const service = createScanService({
    settings: async () => ({ ...DEFAULT_SETTINGS, sensitivity: env.sensitivity, providers: {} }),
    hash: sha256Hex,
    detect: async (d, settings, onProgress) => detect(d.segments, { sensitivity: settings.sensitivity, onProgress }),
    readImages: async (refs) => {
      const out: ImageRecord[] = [];
      for (const ref of refs) {
        const bytes = bytesById.get(ref.id);
        try {
          out.push({ ...ref, provenance: bytes ? await provenanceOf(bytes, env) : null, ...(bytes ? {} : { error: 'image bytes missing' }) });
        } catch (error) {
          out.push({ ...ref, provenance: null, error: error instanceof Error ? error.message : String(error) });
        }
      }
      return out;
    },
    // Not stored as a scan record: the audit keeps its own entries; the id is the content's.
    save: async (scan) => recordOfScan(scan, { id: scan.contentHash.slice(0, 32), createdAt: scan.scannedAt, history: [] }),
    secondOpinions: async () => undefined,
    saveCombined: async () => undefined,
    existing: async () => undefined,
    // An audit fetches no image: a document's images travel as bytes beside it (data: refs above).
    holdsOrigin: async () => false,
    now: env.now,
  });
  return service.scan({ deliverable: { ...deliverable, images: imageRefs(images) } }, { progress: () => undefined });
}

function failed(base: Omit<AuditItem, 'state' | 'contentHash'> & { contentHash?: string }, error: unknown): AuditItem {
  const problem = error instanceof FileReadError ? error.problem : 'unreadable';
  const message = error instanceof Error ? error.message : String(error);
  return { ...base, contentHash: base.contentHash ?? base.fileHash!, state: 'failed', problem, error: message.slice(0, 1000) };
}

const capNotes = (notes: readonly string[]) => notes.slice(0, 20).map((n) => n.slice(0, 500));

/**
 * Audits one file: its item (and detail), then those of the files inside it. Never throws on the
 * file's content: whatever goes wrong is the item's `problem` and `error`, and the audit goes on.
 */
export async function auditFile(file: FileInput, env: AuditEnv, depth = 0, parent?: string): Promise<AuditOutcome[]> {
  const started = env.now();
  const fileHash = await sha256Bytes(file.bytes);
  const certificate = env.certificate ? await env.certificate(file).catch((): CertificateStatus => ({ status: 'unchecked', detail: 'the certificate could not be checked' })) : NO_CERTIFICATE;
  const base = { path: file.path, ...(parent ? { parent } : {}), bytes: file.bytes.length, fileHash, meta: {}, notes: [] as string[], certificate, durationMs: 0 };
  const done = (item: AuditItem): AuditItem => ({ ...item, durationMs: env.now() - started });
  try {
    checkSize(file.path, file.bytes.length);
    const format = identifyFormat(file, (bytes) => sniffMimeType(bytes)?.startsWith('image/') ?? false);
    if (!format) throw new FileReadError('unknown-type', unknownTypeMessage(file.path, file.bytes));
    if (format === 'image') {
      const provenance = await provenanceOf(file.bytes, env);
      const ai = provenance.verdict === 'ai-generated' || provenance.verdict === 'ai-edited' ? 1 : 0;
      const item: AuditItem = {
        ...base,
        format,
        contentHash: fileHash,
        state: 'done',
        label: 'unknown',
        abstain: 'An image: no text to judge; its provenance is read instead.',
        provenance: provenance.verdict,
        images: { total: 1, ai, unread: 0, summary: provenance.summary.slice(0, 300) },
        notes: provenance.error ? [provenance.error.slice(0, 500)] : [],
      };
      return [{ item: done(item), provenance }];
    }
    if (depth > MAX_NESTING && (format === 'zip' || format === 'eml')) throw new FileReadError('too-deep', `${file.path} is nested more than ${MAX_NESTING} archives or mails deep: not opened`);
    const content: FileContent = await readFileContent(format, file);
    if (content.kind === 'archive') {
      const item: AuditItem = { ...base, format, contentHash: fileHash, state: 'done', label: 'unknown', abstain: `An archive of ${content.children.length} file${content.children.length === 1 ? '' : 's'}, each listed on its own.`, notes: capNotes(content.notes) };
      return [{ item: done(item) }, ...(await children(content.children, env, depth, file.path))];
    }
    const record = await scanDocument(content.deliverable, content.images, env);
    const { verdict } = record;
    const flagged = record.segments
      .filter((s) => s.label === 'ai' || s.label === 'unsure')
      .sort((a, b) => b.probability - a.probability)
      .slice(0, FLAGGED_PER_FILE)
      .map((s) => ({ label: s.label, probability: s.probability, excerpt: excerpt(s.text, 400) }));
    const aiImages = record.images.filter((i) => i.provenance?.verdict === 'ai-generated' || i.provenance?.verdict === 'ai-edited').length;
    const summary = imageSummary(record.images);
    const item: AuditItem = {
      ...base,
      format,
      contentHash: record.contentHash,
      state: 'done',
      label: verdict.label,
      probability: verdict.probability,
      aiShare: verdict.aiShare,
      words: verdict.words,
      passages: verdict.passages,
      judged: verdict.passages - verdict.abstained,
      ...(verdict.abstain ? { abstain: verdict.abstain.slice(0, 500) } : {}),
      ...(record.images.length ? { images: { total: record.images.length, ai: aiImages, unread: record.images.filter((i) => !i.provenance).length, ...(summary ? { summary: summary.slice(0, 300) } : {}) } } : {}),
      ...(flagged.length ? { flagged } : {}),
      meta: trimMeta(content.meta),
      notes: capNotes(content.notes),
      engine: { ...record.engine, minDocumentWords: MIN_DOCUMENT_WORDS },
    };
    return [{ item: done(item), record }, ...(await children(content.children, env, depth, file.path))];
  } catch (error) {
    return [{ item: done(failed(base, error)) }];
  }
}

const trimMeta = (meta: { author?: string; sender?: string; title?: string }) => ({
  ...(meta.author ? { author: meta.author.slice(0, 300) } : {}),
  ...(meta.sender ? { sender: meta.sender.slice(0, 300) } : {}),
  ...(meta.title ? { title: meta.title.slice(0, 500) } : {}),
});

async function children(files: readonly FileInput[], env: AuditEnv, depth: number, parent: string): Promise<AuditOutcome[]> {
  const out: AuditOutcome[] = [];
  for (const child of files) out.push(...(await auditFile(child, env, depth + 1, parent)));
  return out;
}

export { MAX_FILE_BYTES };
export { unreadableItem } from '../audit/unread';
