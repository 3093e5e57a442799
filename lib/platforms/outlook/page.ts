import { collapseWhitespace } from '../../text/normalize';
import { MAX_TITLE_CHARS, MAX_URL_CHARS } from '../../schema/limits';
import type { FoundMessage, MailPlatformPage } from '../mail/controller';
import { OUTLOOK } from './selectors';

/**
 * The pages the content script runs on. Here, with the page helpers, rather than in index.ts: the content
 * script's entrypoint names them, and importing the platform's definition would bundle its wording too.
 */
export const MATCHES: string[] = ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'];

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A message is open when the address names an item: `/mail/inbox/id/AAQk…`, `/mail/0/sentitems/id/…`. */
const ITEM_PATH = /\/mail\/.*\/id\/[^/]+/;

export const outlookPage: MailPlatformPage = {
  name: 'Outlook',
  notNewText: { exclude: OUTLOOK.notNewText.selector, cutFrom: OUTLOOK.cutFrom.selector },
  expectsMessage: (doc) => ITEM_PATH.test(doc.location?.pathname ?? ''),
  findMessages(doc) {
    const loc = doc.location;
    const item = `${loc.origin}${loc.pathname}`;
    const subject = collapseWhitespace(doc.querySelector(OUTLOOK.subject.selector)?.textContent ?? '');
    const bodies = Array.from(doc.querySelectorAll(OUTLOOK.body.selector));
    const found: FoundMessage[] = [];
    bodies.forEach((body, index) => {
      // Bodies carry ids such as `UniqueMessageBody_2`; a conversation shows several.
      const id = SAFE_ID.test(body.id) ? body.id : `message-${index + 1}`;
      found.push({
        anchor: body,
        message: {
          id,
          body,
          source: {
            kind: 'outlook',
            url: (bodies.length > 1 ? `${item}#${id}` : item).slice(0, MAX_URL_CHARS),
            title: (subject || '(no subject)').slice(0, MAX_TITLE_CHARS),
            thread: item.slice(0, MAX_URL_CHARS),
          },
        },
      });
    });
    return found;
  },
};

/** The message an address opens: the item id after `/id/`, whatever folder it was opened from. */
export function outlookItem(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const id = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (!id) return undefined;
  try {
    return `outlook:${url.hostname}:${decodeURIComponent(id)}`;
  } catch {
    return `outlook:${url.hostname}:${id}`;
  }
}
