import type { SelectorSet } from '../selectors';

/**
 * Gmail's reading view. Class names are Gmail's own (stable for years, but not promised): messages
 * carry `data-message-id`, bodies are `div.ii.gt`. Checked against tests/fixtures/platforms/gmail/.
 */
export const GMAIL = {
  message: { selector: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'each open message of a conversation' },
  body: { selector: 'div.ii.gt', within: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'the body of a message' },
  header: { selector: '.gE', within: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'the header line of a message (sender, date)' },
  sender: { selector: '.gE span.gD[email]', within: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'the sender of a message' },
  subject: { selector: 'h2.hP', fixture: 'gmail/thread.html', count: 1, finds: 'the subject of the open conversation' },
  /**
   * Quoted replies (the blockquote and its "On … wrote:" line), forwarded headers and signatures: not the
   * sender's new text. A forward's content is kept: Gmail wraps it in `div.gmail_quote` without a
   * blockquote, and a forwarded deliverable is exactly what a client wants checked.
   */
  notNewText: {
    selector: 'blockquote.gmail_quote, .gmail_attr, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_extra',
    fixture: 'gmail/thread.html',
    count: 3,
    finds: 'quoted replies, forwarded headers and signatures',
  },
} satisfies SelectorSet;
