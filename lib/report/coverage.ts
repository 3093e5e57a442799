import type { Omitted } from '../schema/deliverable';
import { MAX_DELIVERABLE_CHARS, MAX_IMAGES, MAX_SEGMENTS } from '../schema/deliverable';
import type { ImageRecord } from '../schema/record';
import { LABELS } from './labels';

/**
 * What a verdict did not cover, in words every surface shows the same way (popup, dashboard, chips,
 * reports, the CLI): nothing a scan leaves out is left out silently.
 */

const n = (value: number) => value.toLocaleString('en');
const plural = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

/** One sentence per kind of thing left out; empty when the verdict covers everything. */
export function omissionNotes(omitted: Omitted | undefined): string[] {
  if (!omitted) return [];
  const notes: string[] = [];
  if (omitted.passages > 0)
    notes.push(
      `Not judged: ${plural(omitted.passages, 'passage')} (about ${plural(omitted.chars, 'character')}) after the first ${n(MAX_DELIVERABLE_CHARS)} characters or ${n(MAX_SEGMENTS)} passages, ` +
        `which is as much as Assay judges of one deliverable. The verdict is about the text before them, so it is never “${LABELS.human.text}”.`,
    );
  if (omitted.frames)
    notes.push(`Not read: ${plural(omitted.frames, 'frame')} of this page ${omitted.frames === 1 ? 'comes' : 'come'} from another site, whose text the browser does not let Assay read.`);
  if (omitted.images) notes.push(`Not read: ${plural(omitted.images, 'more image')} past the first ${n(MAX_IMAGES)} of the page.`);
  return notes;
}

/** Why an image on another site was not read (wording shared by the record and the popup). */
export const NOT_READ_OTHER_SITE = 'not read: hosted on another site';

/** The sites hosting images that were not read because Assay may not reach them, as permission patterns. */
export function otherSiteOrigins(images: readonly ImageRecord[]): string[] {
  const origins = new Set<string>();
  for (const image of images) {
    if (image.notRead !== 'other-site') continue;
    const pattern = originPattern(image.url);
    if (pattern) origins.add(pattern);
  }
  return [...origins];
}

/** A host permission pattern for a URL's site: any port, as the manifest's patterns are. */
export function originPattern(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? `${parsed.protocol}//${parsed.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** Text kept of a passage that a record stores without it. */
export const TEXT_NOT_KEPT = 'Text not kept in this record (a record keeps passage texts up to its limit); its fingerprint is.';
