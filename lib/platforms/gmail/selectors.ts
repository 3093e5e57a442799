import type { SelectorSet } from '../selectors';

/**
 * Gmail's reading view and its print view. Class names are Gmail's own (stable for years, but not
 * promised): messages carry `data-message-id`, bodies are `div.ii.gt`; the print view
 * (`?view=pt`) has no ids, one `table.message` per message. Checked against
 * tests/fixtures/platforms/gmail/.
 */
const QUOTES_FROM_OTHER_CLIENTS = 'blockquote[type="cite"], blockquote[style*="border-left"]';

export const GMAIL = {
  message: { selector: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'each open message of a conversation' },
  body: { selector: 'div.ii.gt', within: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'the body of a message' },
  header: { selector: '.gE', within: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'the header line of a message (sender, date)' },
  sender: { selector: '.gE span.gD[email]', within: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'the sender of a message' },
  subject: { selector: 'h2.hP', fixture: 'gmail/thread.html', count: 1, finds: 'the subject of the open conversation' },
  /**
   * Quoted replies (Gmail's blockquote and its "On … wrote:" line; Apple Mail's `blockquote type=cite`;
   * the bordered blockquote other clients write), forwarded headers and signatures: not the sender's
   * new text. A forward's content is kept: Gmail wraps it in `div.gmail_quote` without a blockquote,
   * and a forwarded deliverable is exactly what a client wants checked. Gmail's own indent is a
   * borderless blockquote: the sender's text, kept.
   */
  notNewText: {
    selector: `blockquote.gmail_quote, ${QUOTES_FROM_OTHER_CLIENTS}, .gmail_attr, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_extra`,
    fixture: 'gmail/thread.html',
    count: 3,
    finds: 'quoted replies, forwarded headers and signatures',
  },
  quotesFromOtherClients: { selector: QUOTES_FROM_OTHER_CLIENTS, fixture: 'gmail/replies.html', count: 2, finds: 'quotes written by Apple Mail and other clients' },
  /** Outlook's reply header in a mail read in Gmail (Gmail prefixes its id): everything after it is the earlier conversation. */
  cutFrom: {
    selector: '[id$="divRplyFwdMsg"], [id$="appendonsend"], div[style*="border-top:solid #E1E1E1"], div[style*="border-top: solid #E1E1E1"]',
    fixture: 'gmail/replies.html',
    count: 1,
    finds: 'the start of a quoted conversation written by Outlook',
  },
  printMessage: { selector: 'div.maincontent table.message', fixture: 'gmail/print.html', count: 2, finds: 'each message of the print view' },
  printBody: { selector: 'td[colspan="2"] table td > div', within: 'div.maincontent table.message', fixture: 'gmail/print.html', count: 2, finds: 'the body of a message in the print view' },
  printSender: { selector: 'tr:first-child td:first-child b', within: 'div.maincontent table.message', fixture: 'gmail/print.html', count: 2, finds: 'the sender of a message in the print view' },
  printSubject: { selector: 'div.maincontent > table:first-child font[size="+1"] b', fixture: 'gmail/print.html', count: 1, finds: 'the subject in the print view' },
} satisfies SelectorSet;
