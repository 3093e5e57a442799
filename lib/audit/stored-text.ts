import { getLocale, plural, t } from '../i18n';
import { sayStored, storedCount as count, type StoredRule } from '../i18n/stored';
import { abstainText } from '../report/abstain';
import type { GroupSource } from './schema';
import { NO_GROUP } from './group';

/**
 * Words an audit stores with a file, said in the reader's language. The file readers (lib/extract/files),
 * the one-file audit (lib/scan/audit.ts) and the detector write them in English, and audits keep them
 * so (an audit exported from one language reads the same in a script); each surface says them through
 * these functions. As in lib/report/abstain.ts, English readers get the words as stored, and a sentence
 * no pattern knows is shown as written: a new reader note is never lost, only left in English
 * (tests/unit/audit/stored-text.test.ts runs the readers to keep the patterns in step with them).
 */

const ABSTAIN_RULES: readonly StoredRule[] = [
  [/^An image: no text to judge; its provenance is read instead\.$/, () => t('audit.abstain.image')],
  [/^An archive of ([\d,]+) files?, each listed on its own\.$/, (m) => plural('audit.abstain.archive', count(m[1]!))],
];

/** Why a file has no text verdict: an image, an archive, or the detector's reason (lib/report/abstain.ts). */
export const auditAbstainText = (reason: string): string => sayStored(reason, ABSTAIN_RULES, abstainText);

const NOTE_RULES: readonly StoredRule[] = [
  [/^the quoted message it replies to was left out$/, () => t('audit.note.quotedReply')],
  [/^the signature was left out$/, () => t('audit.note.signature')],
  [/^([\d,]+) quoted lines? left out$/, (m) => plural('audit.note.quotedLines', count(m[1]!))],
  [/^quoted replies and signatures were left out$/, () => t('audit.note.quotedAndSignatures')],
  [/^an inline image past the first ([\d,]+) was not read$/, (m) => t('audit.note.inlineImages', { max: count(m[1]!) })],
  [/^([\d,]+) attachments? read as files? of (?:its|their) own$/, (m) => plural('audit.note.attachments', count(m[1]!))],
  [/^([\d,]+) more figures? past the first ([\d,]+): provenance not read$/, (m) => plural('audit.note.figures', count(m[1]!), { max: count(m[2]!) })],
  [/^([\d,]+) images? referenced by address: not read \(a saved page's images are not in the file\)$/, (m) => plural('audit.note.linkedImages', count(m[1]!))],
  [/^pages ([\d,]+)–([\d,]+) not read \(more than ([\d,]+) pages\)$/, (m) => t('audit.note.pdfPages', { from: count(m[1]!), to: count(m[2]!), max: count(m[3]!) })],
  [/^([\d,]+) archiver files? \(__MACOSX, \.DS_Store\) left out$/, (m) => plural('audit.note.archiverFiles', count(m[1]!))],
];

/** A reader's note on what it left out of a file ("the signature was left out"). */
export const noteText = (note: string): string => sayStored(note, NOTE_RULES);

const CERTIFICATE_RULES: readonly StoredRule[] = [[/^the certificate could not be checked$/, () => t('audit.certificate.uncheckable')]];

/** Why a certificate could not be checked; a signer's name is shown as it is. */
export const certificateDetailText = (detail: string): string => sayStored(detail, CERTIFICATE_RULES);

/** The group of a file with no folder, sender or author is Assay's word, not the user's: it is said in the reader's language. */
export const groupText = (group: string, source?: GroupSource): string => (group === NO_GROUP && source !== 'edited' && source !== 'folder' ? t('audit.group.none') : group);

const IMAGE_SOURCES: Record<string, () => string> = {
  C2PA: () => t('audit.images.source.c2pa'),
  IPTC: () => t('audit.images.source.iptc'),
  metadata: () => t('audit.images.source.metadata'),
};

/**
 * A document's one-line image summary, stored as the reader wrote it ("Images: 1 of 3 AI-generated or
 * AI-edited (C2PA), 1 not readable"): said again from its counts in the reader's language, with the
 * sources it named. English readers get it as stored.
 */
export function imagesText(images: { total: number; ai: number; unread: number; summary?: string }): string {
  if (getLocale() === 'en' && images.summary) return images.summary;
  const sources = /\(([^)]*)\)/.exec(images.summary ?? '')?.[1]?.split(', ').filter((s) => s in IMAGE_SOURCES) ?? [];
  const otherSite = Number(/(\d+) on other sites/.exec(images.summary ?? '')?.[1] ?? 0);
  let first = t('images.aiOf', { ai: images.ai, total: images.total });
  if (images.ai && sources.length) first = t('audit.images.sources', { line: first, sources: sources.map((s) => IMAGE_SOURCES[s]!()).join(', ') });
  const parts = [first];
  if (otherSite > 0) parts.push(t('images.otherSite', { n: otherSite }));
  const unreadable = images.unread - otherSite;
  if (unreadable > 0) parts.push(t('images.unreadable', { n: unreadable }));
  return t('images.summary', { parts: parts.join(', ') });
}
