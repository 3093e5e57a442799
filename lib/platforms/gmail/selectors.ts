import type { SelectorSet } from '../selectors';

/**
 * Gmail's reading view. Class names are Gmail's own (stable for years, but not promised): messages
 * carry `data-message-id`, bodies are `div.ii.gt`. Checked against tests/fixtures/platforms/gmail/.
 */
export const GMAIL = {
  message: { selector: 'div[data-message-id]', fixture: 'gmail/thread.html', count: 2, finds: 'each open message of a conversation' },
  body: { selector: 'div[data-message-id] div.ii.gt', fixture: 'gmail/thread.html', count: 2, finds: 'the body of a message' },
  header: { selector: 'div[data-message-id] .gE', fixture: 'gmail/thread.html', count: 2, finds: 'the header line of a message (sender, date)' },
  sender: { selector: 'div[data-message-id] .gE span.gD[email]', fixture: 'gmail/thread.html', count: 2, finds: 'the sender of a message' },
  subject: { selector: 'h2.hP', fixture: 'gmail/thread.html', count: 1, finds: 'the subject of the open conversation' },
  /** Quoted replies (with their "On … wrote:" line), forwarded blocks and signatures: not the sender's new text. */
  notNewText: {
    selector: '.gmail_quote, .gmail_attr, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_extra',
    fixture: 'gmail/thread.html',
    count: 4,
    finds: 'quoted replies, forwarded headers and signatures',
  },
} satisfies SelectorSet;
