import { CERTIFICATE_EXTENSION, MAX_CERTIFICATE_BYTES } from '../../certify/file';
import { t } from '../../i18n';

/**
 * A certificate attached to an open message (`*.assay.json`), found among the message's attachment
 * links and read with the user's own session, same-origin only: the verification itself is the
 * background's, with the client's memory of signers.
 */
export interface AttachedCertificate {
  name: string;
  url: string;
}

const NAMED = /[^\s/:"<>|]+\.assay\.json\b/i;

/**
 * The message's whole box, where its attachments are: Gmail's message element (`data-message-id`)
 * when there is one, else the smallest ancestor of the body that also holds its header.
 */
export function messageBox(body: Element, header: Element): Element {
  let box: Element | null = body;
  while (box && !box.contains(header)) box = box.parentElement;
  return body.closest('[data-message-id]') ?? box ?? body;
}

/** Attachment links whose file name ends in .assay.json, on the page's own origin. */
export function findCertificateAttachments(box: Element, origin: string): AttachedCertificate[] {
  const found = new Map<string, AttachedCertificate>();
  const add = (name: string | undefined, href: string | null | undefined) => {
    if (!name || !href) return;
    let url: URL;
    try {
      url = new URL(href, origin);
    } catch {
      return;
    }
    if (url.origin !== origin) return;
    found.set(url.href, { name, url: url.href });
  };
  // Gmail keeps each attachment's "type:name:address" on the element that downloads it.
  for (const element of box.querySelectorAll('[download_url]')) {
    const [, name, ...rest] = (element.getAttribute('download_url') ?? '').split(':');
    if (name && name.toLowerCase().endsWith(CERTIFICATE_EXTENSION)) add(name, rest.join(':'));
  }
  for (const link of box.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const label = [link.getAttribute('download'), link.getAttribute('aria-label'), link.title, link.textContent].find((t) => t && NAMED.test(t));
    if (label) add(NAMED.exec(label)![0], link.getAttribute('href'));
  }
  return [...found.values()];
}

/** Reads an attached certificate, refusing one past the size any certificate can have. */
export async function readAttachment(attachment: AttachedCertificate, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(attachment.url, { credentials: 'include' });
  if (!response.ok) throw new Error(t('inpage.certificate.download', { status: String(response.status) }));
  const text = await response.text();
  if (text.length > MAX_CERTIFICATE_BYTES) return text.slice(0, MAX_CERTIFICATE_BYTES + 1);
  return text;
}
