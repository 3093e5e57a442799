import { plural, t } from '../i18n';
import { sayStored, storedCount as count, type StoredRule } from '../i18n/stored';

/**
 * The detector's reasons for not judging a passage or a document, in the reader's language. The
 * detector (lib/detect/abstain.ts, lib/detect/index.ts) writes them in English and records keep them
 * so; each surface says them through this table. A reason no pattern knows is shown as written, so a
 * new detector reason is never lost, only left in English (tests/unit/i18n/abstain.test.ts runs the
 * detector to keep the patterns in step with it).
 */
const LANGUAGE_NAMES = ['Indonesian', 'French', 'German', 'Spanish', 'Italian', 'Portuguese', 'Dutch'] as const;

function languageName(name: string): string {
  const known = LANGUAGE_NAMES.find((n) => n === name);
  if (known) return t(`language.${known}`);
  return name === 'a language other than English' ? t('language.other') : name;
}

const RULES: readonly StoredRule[] = [
  [/^looks like code: not judged$/, () => t('abstain.code')],
  [/^a table: not judged$/, () => t('abstain.table')],
  [/^a quoted reply: not the sender’s own text$/, () => t('abstain.quote')],
  [/^not judged: not recognised as English; the detector is built for English$/, () => t('abstain.passageNotEnglish')],
  [/^not judged: (.+); the detector is built for English$/, (m) => t('abstain.passageLanguage', { language: languageName(m[1]!) })],
  [/^too short to judge on its own \(([\d,]+) words?; needs ([\d,]+)\); counted in the document$/, (m) => plural('abstain.short', count(m[1]!), { min: count(m[2]!) })],
  // Records scored by earlier detector versions keep that version's wording.
  [/^too short to judge \(([\d,]+) words?; needs ([\d,]+)\)$/, (m) => plural('abstain.short', count(m[1]!), { min: count(m[2]!) })],
  [/^a signature or sign-off: not judged$/, () => t('abstain.signature')],
  [/^Not judged: (.+)\. The detector is built for English\.$/, (m) => t('abstain.documentLanguage', { language: languageName(m[1]!) })],
  [/^Not enough text: no readable passages\.$/, () => t('abstain.noPassages')],
  [/^Not enough text: ([\d,]+) words? in passages that can be judged \(needs ([\d,]+)\)\.?$/, (m) => plural('abstain.documentShort', count(m[1]!), { min: count(m[2]!) })],
  [/^Not enough text: ([\d,]+) words? of prose that can be judged \(needs ([\d,]+)\)\.$/, (m) => plural('abstain.documentShort', count(m[1]!), { min: count(m[2]!) })],
];

/** English readers get the detector's own words, as recorded (older records keep older wording). */
export const abstainText = (reason: string): string => sayStored(reason, RULES);
