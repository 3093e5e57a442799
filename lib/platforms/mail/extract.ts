import type { Deliverable, Source } from '../../schema/deliverable';
import { extractImages, extractPassages, withImagesOmitted, type ExtractedImage, type ExtractedPassage, type ExtractOptions } from '../../extract/html';

/**
 * One email message's own text, as a deliverable. Pure DOM: the platform modules find the message
 * and say which parts are not the sender's new text (quoted replies, signatures, forwarded headers);
 * those are left out of the verdict entirely, since judging a quote would judge someone else.
 */
export interface MailMessage {
  /** Stable per message on its platform (Gmail's message id, Outlook's item id). */
  id: string;
  body: Element;
  source: Source;
}

export interface NotNewText {
  /** Elements that are not the sender's new text, left out with everything inside them. */
  exclude: string;
  /** Markers after which everything is the earlier conversation (Outlook's reply header). */
  cutFrom?: string;
}

export interface ExtractedMessage {
  deliverable: Deliverable;
  passages: ExtractedPassage[];
  images: ExtractedImage[];
  /** How many elements were left out as quotes, signatures or forwarded headers. */
  excluded: number;
}

/**
 * The line that introduces a quote ("On Mon, 23 Nov 2026 at 09:12, Maya wrote:", and its French,
 * German, Spanish, Italian and Dutch forms) when the client writes it outside the quote itself.
 */
export const ATTRIBUTION = /^(on|le|am|el|il|op)\b.{4,300}\b(wrote|a écrit|schrieb|escribió|ha scritto|schreef)\s*:?$/i;

export function extractMessage(message: MailMessage, notNew: NotNewText, options: ExtractOptions = {}): ExtractedMessage {
  const { body } = message;
  const cut = notNew.cutFrom ? body.querySelector(notNew.cutFrom) : null;
  const excludedRoots = new Set<Element>();
  const skip = (element: Element): boolean => {
    if (element === body) return false;
    const quoted = element.matches(notNew.exclude) || (cut !== null && (element === cut || (cut.compareDocumentPosition(element) & 4) !== 0 && !element.contains(cut)));
    if (quoted) excludedRoots.add(element);
    return quoted;
  };
  const { passages: all, omitted: omittedText } = extractPassages(body, { ...options, skip });
  // Where the message quotes earlier mail, the line introducing the quote is not new text either.
  const attributions = excludedRoots.size > 0 ? all.filter((p) => ATTRIBUTION.test(p.segment.text)) : [];
  const passages = all.filter((p) => !attributions.includes(p));
  const insideExcluded = (element: Element) => {
    for (let node: Element | null = element; node && node !== body; node = node.parentElement) if (skip(node)) return true;
    return false;
  };
  const found = extractImages(body, options);
  const images = found.images.filter((image) => !insideExcluded(image.element));
  const omitted = withImagesOmitted(omittedText, found.more);
  const lang = body.closest('[lang]')?.getAttribute('lang')?.slice(0, 35) || undefined;
  return {
    deliverable: { source: message.source, lang, segments: passages.map((p) => p.segment), images: images.map((i) => i.image), ...(omitted ? { omitted } : {}) },
    passages,
    images,
    excluded: excludedRoots.size + attributions.length,
  };
}
