import type { SelectorSet } from '../selectors';

/**
 * Outlook on the web's reading pane. Its class names are generated and its labels localized, so these
 * anchor on roles and ids only: the pane is `[role="main"]`, each message body `div[role="document"]`
 * (ids `UniqueMessageBody…`), the subject the pane's level-2 heading. Checked against
 * tests/fixtures/platforms/outlook/.
 */
export const OUTLOOK = {
  pane: { selector: '[role="main"]', fixture: 'outlook/reading-pane.html', count: 1, finds: 'the reading pane' },
  body: { selector: '[role="main"] div[role="document"]', fixture: 'outlook/reading-pane.html', count: 1, finds: 'the body of the open message' },
  subject: { selector: '[role="main"] [role="heading"][aria-level="2"]', fixture: 'outlook/reading-pane.html', count: 1, finds: 'the subject of the open message' },
  /** Signatures and the sender's own quoted earlier mail; Outlook prefixes ids with `x_` in received mail. */
  notNewText: {
    selector: '[id$="Signature"], [id$="signature"], blockquote, [id$="divRplyFwdMsg"], [id$="appendonsend"]',
    fixture: 'outlook/reading-pane.html',
    count: 3,
    finds: 'signatures and quoted replies',
  },
  /** Everything after the reply header is the earlier conversation. */
  cutFrom: { selector: '[id$="divRplyFwdMsg"], [id$="appendonsend"]', fixture: 'outlook/reading-pane.html', count: 2, finds: 'the start of the quoted conversation' },
} satisfies SelectorSet;
