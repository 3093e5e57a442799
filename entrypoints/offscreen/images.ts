import { MAX_IMAGE_BYTES } from '../../lib/provenance';
import type { ProvenanceReply } from '../../lib/provenance/worker-client';
import type { ImageRef } from '../../lib/schema/deliverable';
import type { ImageRecord } from '../../lib/schema/record';

/** Per-image limits: a slow or huge image must not hold up the scan. */
const FETCH_TIMEOUT_MS = 15_000;
const CONCURRENCY = 3;

/** Reads a response body up to a byte limit, stopping early instead of buffering a huge file. */
async function readLimited(response: Response, limit: number): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) throw new Error(`larger than ${limit / 1024 / 1024} MB`);
  const reader = response.body?.getReader();
  if (!reader) return response.arrayBuffer();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`larger than ${limit / 1024 / 1024} MB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) (out.set(chunk, offset), (offset += chunk.length));
  return out.buffer;
}

export async function fetchImage(url: string): Promise<ArrayBuffer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit', cache: 'force-cache' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return await readLimited(response, MAX_IMAGE_BYTES);
  } catch (error) {
    if (controller.signal.aborted) throw new Error('it took too long to download');
    const message = error instanceof Error ? error.message : String(error);
    // A refused cross-origin fetch surfaces as a bare TypeError.
    throw new Error(/Failed to fetch|NetworkError/i.test(message) ? 'Assay may not read images from another site without your permission' : message);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches each image and has the worker read it; a failure is kept per image, never fatal to the scan. */
export function createImageReader(read: (bytes: ArrayBuffer, trust?: string[]) => Promise<ProvenanceReply>) {
  const readOne = async (image: ImageRef, trust?: string[]): Promise<ImageRecord> => {
    try {
      const reply = await read(await fetchImage(image.url), trust);
      return reply.ok ? { ...image, provenance: reply.provenance } : { ...image, provenance: null, error: `could not be read: ${reply.error}` };
    } catch (error) {
      return { ...image, provenance: null, error: `not read: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  return async (images: readonly ImageRef[], onProgress: (done: number, total: number) => void, trust?: string[]): Promise<ImageRecord[]> => {
    const results: ImageRecord[] = new Array(images.length);
    let next = 0;
    let done = 0;
    const lane = async () => {
      while (next < images.length) {
        const index = next++;
        results[index] = await readOne(images[index]!, trust);
        onProgress(++done, images.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, images.length) }, lane));
    return results;
  };
}
