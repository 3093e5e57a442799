import { MAX_TITLE_CHARS, MAX_URL_CHARS } from '../../schema/limits';
import { collapseWhitespace } from '../../text/normalize';
import type { FoundMessage, MailPlatformPage } from '../mail/controller';
import { GMAIL } from './selectors';

/**
 * The pages the content script runs on. Here, with the page helpers, rather than in index.ts: the content
 * script's entrypoint names them, and importing the platform's definition would bundle its wording too.
 */
export const MATCHES: string[] = ['https://mail.google.com/*'];

/** Gmail's message ids as they appear in its markup ("#msg-f:1790…", legacy hex ids); anything else is refused. */
const SAFE_ID = /^[A-Za-z0-9:#_-]{1,64}$/;

/** A conversation is open when the address ends in a view and a thread id: `#inbox/FMfcg…`, `#label/x/FMfcg…`. */
const THREAD_HASH = /^#[^?]+\/[A-Za-z0-9_-]{16,}$/;

/** The print view of a conversation or message: `?view=pt&…&permthid=thread-f:…`. */
const isPrintView = (loc: Location) => new URLSearchParams(loc.search).get('view') === 'pt';

function readingView(doc: Document): FoundMessage[] {
  const loc = doc.location;
  const base = `${loc.origin}${loc.pathname}`;
  const subject = collapseWhitespace(doc.querySelector(GMAIL.subject.selector)?.textContent ?? '');
  const found: FoundMessage[] = [];
  for (const element of Array.from(doc.querySelectorAll(GMAIL.message.selector))) {
    const body = element.querySelector(GMAIL.body.selector);
    // A collapsed message has no body yet; it is found when the user opens it.
    if (!body) continue;
    const raw = element.getAttribute('data-legacy-message-id') || element.getAttribute('data-message-id') || '';
    if (!SAFE_ID.test(raw)) continue;
    const id = raw.replace(/^#/, '');
    const sender = element.querySelector(GMAIL.sender.selector);
    const from = collapseWhitespace(sender?.getAttribute('name') || sender?.textContent || '');
    found.push({
      anchor: element.querySelector(GMAIL.header.selector) ?? body,
      message: {
        id,
        body,
        source: {
          kind: 'gmail',
          // Gmail opens the conversation holding a message from its id.
          url: `${base}#all/${encodeURIComponent(id)}`.slice(0, MAX_URL_CHARS),
          title: [subject || '(no subject)', from].filter(Boolean).join(' — ').slice(0, MAX_TITLE_CHARS),
          thread: `${base}${loc.hash}`.slice(0, MAX_URL_CHARS),
        },
      },
    });
  }
  return found;
}

/** The print view: no message ids, so a message is its place in the conversation. */
function printView(doc: Document): FoundMessage[] {
  const page = doc.location.href.split('#')[0]!;
  const subject = collapseWhitespace(doc.querySelector(GMAIL.printSubject.selector)?.textContent ?? '');
  return Array.from(doc.querySelectorAll(GMAIL.printMessage.selector)).flatMap((table, index) => {
    const body = table.querySelector(GMAIL.printBody.selector);
    if (!body) return [];
    const from = collapseWhitespace(table.querySelector(GMAIL.printSender.selector)?.textContent ?? '');
    const id = `print-${index + 1}`;
    return [
      {
        anchor: table,
        message: {
          id,
          body,
          source: {
            kind: 'gmail' as const,
            url: `${page}#message-${index + 1}`.slice(0, MAX_URL_CHARS),
            title: [subject || '(no subject)', from].filter(Boolean).join(' — ').slice(0, MAX_TITLE_CHARS),
            thread: page.slice(0, MAX_URL_CHARS),
          },
        },
      },
    ];
  });
}

export const gmailPage: MailPlatformPage = {
  name: 'Gmail',
  notNewText: { exclude: GMAIL.notNewText.selector, cutFrom: GMAIL.cutFrom.selector },
  expectsMessage: (doc) => THREAD_HASH.test(doc.location?.hash ?? '') || (doc.location ? isPrintView(doc.location) : false),
  findMessages: (doc) => (isPrintView(doc.location) ? printView(doc) : readingView(doc)),
};

/**
 * The conversation an address shows: the account (`/mail/u/0/`) and the thread id at the end of the
 * fragment, whatever view it was opened from (`#inbox/…`, `#label/x/…`, `#all/…`); in the print view,
 * its `permthid`.
 */
export function gmailConversation(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.hostname !== 'mail.google.com') return undefined;
  const printed = url.searchParams.get('view') === 'pt' ? url.searchParams.get('permthid') : null;
  if (printed && /^[A-Za-z0-9:_-]{4,80}$/.test(printed)) return `gmail:${url.pathname}:${printed}`;
  const thread = /\/([A-Za-z0-9_-]{16,})$/.exec(url.hash.split('?')[0] ?? '')?.[1];
  return thread ? `gmail:${url.pathname}:${thread}` : undefined;
}
