import { extractDeliverable } from '../html';
import { plainTextSegments } from '../plain';
import { MAX_IMAGES } from '../../schema/deliverable';
import { parseHtml } from './dom';
import { baseName, FileReadError, type EmbeddedImage, type FileInput, type FileReader } from './types';

/** Where the sender's own text ends in a plain-text reply: the quoted message and its header follow. */
const REPLY_STARTS = [
  /^On\b.{0,200}\bwrote:\s*$/i,
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^_{10,}\s*$/, // Outlook's rule above its "From: … Sent: …" header
  /^Le\b.{0,200}\ba écrit\s*:\s*$/i,
  /^Am\b.{0,200}\bschrieb\b.{0,100}:\s*$/i,
];
/** "From: …" followed within a few lines by "Sent:" or "Date:": Outlook's header of the quoted message. */
const OUTLOOK_FROM = /^\*?From:\*?\s/i;
const OUTLOOK_SENT = /^\*?(Sent|Date):\*?\s/i;
/** The standard signature delimiter ("-- " alone on a line). */
const SIGNATURE = /^-- ?$/;

/**
 * The sender's own words in a plain-text mail body: quoted lines (">"), the reply's attribution and
 * everything after it, and the signature are left out; `notes` says what was.
 */
export function ownText(body: string): { text: string; notes: string[] } {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const notes: string[] = [];
  const kept: string[] = [];
  let quoted = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (REPLY_STARTS.some((re) => re.test(line.trim())) || (OUTLOOK_FROM.test(line.trim()) && lines.slice(i + 1, i + 5).some((l) => OUTLOOK_SENT.test(l.trim())))) {
      notes.push('the quoted message it replies to was left out');
      break;
    }
    if (SIGNATURE.test(line)) {
      notes.push('the signature was left out');
      break;
    }
    if (/^\s*>/.test(line)) {
      quoted++;
      continue;
    }
    kept.push(line);
  }
  if (quoted && !notes.length) notes.push(`${quoted} quoted line${quoted === 1 ? '' : 's'} left out`);
  return { text: kept.join('\n'), notes };
}

/** Quoted replies and signatures in an HTML-only mail, as the mail clients mark them. */
const HTML_QUOTES = 'blockquote, .gmail_quote, .gmail_signature, .moz-cite-prefix, .moz-signature, #divRplyFwdMsg, #appendonsend, [type="cite"]';

const bytesOf = (content: ArrayBuffer | Uint8Array | string) => (typeof content === 'string' ? new TextEncoder().encode(content) : content instanceof Uint8Array ? content : new Uint8Array(content));

/** A file name that cannot climb out of its mail's path. */
const safeName = (name: string) => name.replace(/[\\/]+/g, '_').replace(/^\.+/, '_').slice(0, 200) || 'attachment';

/**
 * A mail saved as .eml, through postal-mime: the sender's own text is judged (quotes, the message
 * replied to and the signature left out); attached files are read as files of their own (documents
 * judged, images' provenance read, archives unpacked), inline images as the mail's images.
 */
export const emlReader: FileReader = {
  id: 'eml',
  name: 'Mail message',
  extensions: ['.eml'],
  async read({ path, bytes }) {
    const { default: PostalMime } = await import('postal-mime');
    let email: Awaited<ReturnType<typeof PostalMime.parse>>;
    try {
      email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
    } catch (error) {
      throw new FileReadError('corrupt', `${path} is not a readable mail message (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!email.headers.length) throw new FileReadError('corrupt', `${path} is not a mail message: it has no headers`);
    const from = email.from && 'address' in email.from && email.from.address ? email.from : undefined;
    const sender = from ? (from.name ? `${from.name} <${from.address}>` : from.address) : undefined;
    const title = (email.subject?.trim() || baseName(path)).slice(0, 500);
    const source = { kind: 'file' as const, url: path, title };

    let segments;
    let notes: string[];
    if (email.text?.trim()) {
      const own = ownText(email.text);
      segments = plainTextSegments(own.text);
      notes = own.notes;
    } else {
      const doc = parseHtml(email.html ?? '');
      const quoted = doc.querySelectorAll(HTML_QUOTES).length;
      segments = extractDeliverable(doc, source, { skip: (element) => element.matches(HTML_QUOTES) }).deliverable.segments;
      notes = quoted ? ['quoted replies and signatures were left out'] : [];
    }

    const images: EmbeddedImage[] = [];
    const children: FileInput[] = [];
    const names = new Map<string, number>();
    for (const attachment of email.attachments) {
      const inline = attachment.disposition !== 'attachment' && attachment.mimeType.startsWith('image/');
      if (inline) {
        if (images.length < MAX_IMAGES) images.push({ id: `cid${images.length + 1}`, name: attachment.filename ?? attachment.contentId ?? 'inline image', bytes: bytesOf(attachment.content) });
        else notes.push(`an inline image past the first ${MAX_IMAGES} was not read`);
        continue;
      }
      let name = safeName(attachment.filename ?? `attachment.${attachment.mimeType.split('/')[1] ?? 'bin'}`);
      const seen = names.get(name) ?? 0;
      names.set(name, seen + 1);
      if (seen) name = `${seen + 1}-${name}`;
      children.push({ path: `${path}/${name}`, bytes: bytesOf(attachment.content) });
    }
    if (children.length) notes.push(`${children.length} attachment${children.length === 1 ? '' : 's'} read as file${children.length === 1 ? '' : 's'} of ${children.length === 1 ? 'its' : 'their'} own`);
    return { kind: 'document', deliverable: { source, segments }, meta: { ...(sender ? { sender } : {}), title }, images, children, notes };
  },
};
