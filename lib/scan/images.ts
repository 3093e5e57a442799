import { NOT_READ_OTHER_SITE } from '../report/coverage';
import type { ImageRef } from '../schema/deliverable';
import type { ImageRecord } from '../schema/record';

/**
 * Which of a deliverable's images a scan may fetch. Fetching an image tells its host that someone is
 * looking at it, now; so a scan reads only images on sites the extension already holds for the tab —
 * the page's own site (the user clicked Assay on it: activeTab), or a site it holds a host permission
 * for (a platform the user turned on, a site the user allowed) — and embedded `data:` images, which
 * need no request. Every other image is recorded as not read, for the user to allow if they choose.
 */
export interface ImageAccess {
  /** The origin of the page the caller read, which the extension holds for this tab. */
  pageOrigin?: string;
  /** Whether the extension holds a host permission for a URL's site. */
  holds(url: string): Promise<boolean>;
}

/** The origin an image is fetched from, or undefined for an embedded image (no request at all). */
export function fetchOrigin(url: string): string | undefined {
  if (/^data:/i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}

export async function mayFetch(url: string, access: ImageAccess): Promise<boolean> {
  const origin = fetchOrigin(url);
  if (origin === undefined) return true;
  if (origin === 'invalid') return false;
  return origin === access.pageOrigin || (await access.holds(url));
}

/** The images to read, and records for those not read because they sit on another site. */
export async function partitionImages(images: readonly ImageRef[], access: ImageAccess): Promise<{ read: ImageRef[]; notRead: ImageRecord[] }> {
  const read: ImageRef[] = [];
  const notRead: ImageRecord[] = [];
  for (const image of images) {
    if (await mayFetch(image.url, access)) read.push(image);
    else notRead.push({ ...image, provenance: null, error: NOT_READ_OTHER_SITE, notRead: 'other-site' });
  }
  return { read, notRead };
}

/** Image records in the deliverable's order, from the ones read and the ones left alone. */
export function inOrder(images: readonly ImageRef[], ...records: readonly ImageRecord[][]): ImageRecord[] {
  const byId = new Map(records.flat().map((r) => [r.id, r]));
  return images.flatMap((image) => {
    const record = byId.get(image.id);
    return record ? [record] : [];
  });
}

/**
 * Reads the images of a record that were left unread because they sit on another site, for those
 * sites the extension now holds (the user allowed them). Returns the newly read records and how many
 * are still not allowed.
 */
export async function readAllowedImages(
  images: readonly ImageRecord[],
  access: ImageAccess,
  read: (images: ImageRef[]) => Promise<ImageRecord[]>,
): Promise<{ read: ImageRecord[]; notAllowed: number }> {
  const waiting = images.filter((image) => image.notRead === 'other-site');
  const allowed: ImageRef[] = [];
  for (const { id, url, alt, width, height } of waiting) if (await mayFetch(url, access)) allowed.push({ id, url, alt, width, height });
  return { read: allowed.length ? await read(allowed) : [], notAllowed: waiting.length - allowed.length };
}
