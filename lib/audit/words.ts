import type { FileProblem } from '../extract/files/types';
import type { Change, CertificateStatus, GroupSource } from './schema';

/**
 * The audit's own words, in one table each: why a file has no verdict, how it compares with the last
 * audit, where its group came from, its certificate. Verdict wording is lib/report/labels.ts's.
 */
export const PROBLEM_TEXT: Record<FileProblem, string> = {
  empty: 'Empty file',
  'too-large': 'Too large',
  'unknown-type': 'Unknown type',
  'not-text': 'Not text',
  encrypted: 'Encrypted',
  corrupt: 'Damaged',
  'no-text-layer': 'No text layer — scanned image',
  'zip-bomb': 'Zip bomb',
  'too-deep': 'Nested too deep',
  'fetch-failed': 'Could not be fetched',
  unreadable: 'Could not be read',
  cancelled: 'Cancelled',
};

export const CHANGE_TEXT: Record<Change, string> = { new: 'New', changed: 'Changed', unchanged: 'Unchanged', removed: 'Removed' };

export const GROUP_SOURCE_TEXT: Record<GroupSource, string> = { folder: 'from its folder', sender: 'from the mail’s sender', author: 'from the document’s author', edited: 'set by you', none: 'no folder, sender or author' };

export const CERTIFICATE_TEXT: Record<CertificateStatus['status'], string> = { none: 'No certificate', valid: 'Certificate valid', invalid: 'Certificate invalid', unchecked: 'Certificate not checked' };

/** "Not read: Encrypted" — the verdict column of a file that has none. */
export const notReadText = (problem: FileProblem | undefined) => `Not read: ${PROBLEM_TEXT[problem ?? 'unreadable']}`;
