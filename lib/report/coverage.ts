import type { Omitted } from '../schema/deliverable';
import { MAX_DELIVERABLE_CHARS, MAX_IMAGES, MAX_SEGMENTS } from '../schema/deliverable';
import type { ImageRecord } from '../schema/record';
import { LABELS } from './labels';
import { plural, t } from '../i18n';

/**
 * What a verdict did not cover, in words every surface shows the same way (popup, dashboard, chips,
 * reports, the CLI): nothing a scan leaves out is left out silently.
 */

/** One sentence per kind of thing left out, in the reader's language; empty when the verdict covers everything. */
export function omissionNotes(omitted: Omitted | undefined): string[] {
  if (!omitted) return [];
  const notes: string[] = [];
  if (omitted.passages > 0)
    notes.push(
      t('coverage.passages', {
        passages: plural('coverage.passageCount', omitted.passages),
        chars: plural('coverage.charCount', omitted.chars),
        maxChars: MAX_DELIVERABLE_CHARS,
        maxPassages: MAX_SEGMENTS,
        human: LABELS.human.text,
      }),
    );
  if (omitted.frames) notes.push(plural('coverage.frames', omitted.frames));
  if (omitted.images) notes.push(plural('coverage.images', omitted.images, { max: MAX_IMAGES }));
  return notes;
}

/**
 * Why an image on another site was not read, as the record stores it (English, like every stored
 * reason); screens show `image.notRead` in the reader's language instead.
 */
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
