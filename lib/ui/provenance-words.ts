import { getLocale, t } from '../i18n';
import { sayStored, type StoredRule } from '../i18n/stored';
import type { ImageProvenance } from '../schema/provenance';

/**
 * The provenance reader's fixed sentences (lib/provenance/index.ts, worker-client.ts), in the reader's
 * language. The reader writes English and results keep it so; like the detector's reasons
 * (lib/report/abstain.ts), each is said through this table at display. A finding quoted from an image's
 * own data (a generator's name, a C2PA status) stays as written, and so does a sentence no pattern
 * knows: it is left in English, never lost (tests/unit/i18n/dashboard-words.test.ts runs the reader to
 * keep the patterns in step with it).
 */
const NO_DATA = /^No provenance data\. This proves nothing either way: most (images|files), made by people or by AI, carry none\.( \(.+\))?$/;

const SUMMARIES: readonly StoredRule[] = [
  [NO_DATA, (m) => `${t(m[1] === 'images' ? 'dashboard.provenance.noData.image' : 'dashboard.provenance.noData.file')}${m[2] ?? ''}`],
  [/^Not read: the file is larger than (\d+) MB\.$/, (m) => t('dashboard.provenance.tooLarge', { mb: Number(m[1]) })],
  [/^Not an image, PDF, audio or video file Assay can read \(its first bytes match no known format\)\.$/, () => t('dashboard.provenance.unknownType')],
];

/** Parts of a reader's note (several are joined with "; "), each replaced where it appears. */
const NOTES: readonly StoredRule[] = [
  [/the file is truncated or malformed; what could be read is reported/, () => t('dashboard.provenance.error.truncated')],
  [/Content Credentials found, but no C2PA reader was available to check them/, () => t('dashboard.provenance.error.noReader')],
  [/metadata unreadable: ([^;]*)/, (m) => t('dashboard.provenance.error.metadata', { error: m[1]! })],
  [/^file too large$/, () => t('dashboard.provenance.error.tooLarge')],
  [/^unknown file type$/, () => t('dashboard.provenance.error.unknownType')],
  [/^the provenance reader stopped$/, () => t('dashboard.provenance.error.stopped')],
];

/** What an image's provenance comes to, in a sentence, in the current language where the sentence is Assay's own. */
export const provenanceSummaryText = (provenance: Pick<ImageProvenance, 'summary'>): string => sayStored(provenance.summary, SUMMARIES);

/** A reader's note on what went wrong (a damaged file, a stopped reader), in the current language where it can be. */
export function provenanceNoteText(note: string): string {
  if (getLocale() === 'en') return note;
  let out = note;
  for (const [pattern, say] of NOTES) out = out.replace(pattern, (...args) => say(args.slice(0, -2) as unknown as RegExpMatchArray));
  return out;
}
