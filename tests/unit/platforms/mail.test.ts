// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractMessage } from '../../../lib/platforms/mail/extract';
import type { PlatformScanResult } from '../../../lib/messaging/protocol';
import { gmailPage } from '../../../lib/platforms/gmail/page';
import { PLATFORMS } from '../../../lib/platforms/registry';
import { GMAIL } from '../../../lib/platforms/gmail/selectors';
import { startMailController, type MailController } from '../../../lib/platforms/mail/controller';
import { outlookPage } from '../../../lib/platforms/outlook/page';
import { OUTLOOK } from '../../../lib/platforms/outlook/selectors';
import { pageWide, type SelectorSet } from '../../../lib/platforms/selectors';
import { DeliverableSchema, type Deliverable } from '../../../lib/schema/deliverable';

const FIXTURES = join(import.meta.dirname, '../../fixtures/platforms');
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D';

const windows: Window[] = [];
function open(fixture: string, url: string): Document {
  const window = new Window({ url });
  windows.push(window);
  window.document.write(readFileSync(join(FIXTURES, fixture), 'utf8'));
  return window.document as unknown as Document;
}
afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
});

describe.each([
  ['Gmail', GMAIL as SelectorSet],
  ['Outlook', OUTLOOK as SelectorSet],
])('%s selectors', (_, selectors) => {
  it.each(Object.entries(selectors))('%s matches its fixture as many times as it says', (__, s) => {
    const doc = open(s.fixture, 'https://example.test/');
    expect(doc.querySelectorAll(pageWide(s)).length).toBe(s.count);
  });
});

describe('Gmail', () => {
  it('finds both open messages of the conversation, with links back and the thread', () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    const found = gmailPage.findMessages(doc);
    expect(found.map((f) => f.message.id)).toEqual(['18d5a1b2c3d4e5f6', '18d5a1b2c3d4e5f7']);
    expect(found[1]!.message.source).toEqual({
      kind: 'gmail',
      url: 'https://mail.google.com/mail/u/0/#all/18d5a1b2c3d4e5f7',
      title: 'Homepage copy for Alder & Finch — Sam Reyes',
      thread: GMAIL_URL,
    });
    expect(found[1]!.anchor.classList.contains('gE')).toBe(true);
  });

  it("keeps only the sender's new text: the quoted reply, its 'wrote:' line and the signature are left out", () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    const reply = gmailPage.findMessages(doc)[1]!;
    const { deliverable, excluded } = extractMessage(reply.message, gmailPage.notNewText);
    const texts = deliverable.segments.map((s) => s.text);
    expect(texts[0]).toBe('Hi Maya,');
    expect(texts.some((t) => t.startsWith("In today's fast-paced"))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/linseed|wrote:|Copywriter/);
    expect(excluded).toBeGreaterThanOrEqual(2);
    expect(DeliverableSchema.safeParse(deliverable).success).toBe(true);
  });

  it('keeps a forwarded message’s content and leaves out only its forwarded header', () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    const body = doc.querySelectorAll('div.ii.gt')[0]!.querySelector('.a3s')!;
    body.innerHTML = `<div dir="ltr">See below, this is the draft they sent.</div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: Sam Reyes &lt;sam@reyes.example&gt;<br>Date: Mon, 23 Nov 2026</div><br><br><div dir="ltr"><div>${'The forwarded deliverable itself, which the client wants checked. '.repeat(3)}</div></div></div>`;
    const first = gmailPage.findMessages(doc)[0]!;
    const texts = extractMessage(first.message, gmailPage.notNewText).deliverable.segments.map((s) => s.text);
    expect(texts[0]).toBe('See below, this is the draft they sent.');
    expect(texts.some((t) => t.startsWith('The forwarded deliverable itself'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/Forwarded message|From: Sam/);
  });

  it('expects a message only when a conversation is open', () => {
    expect(gmailPage.expectsMessage(open('gmail/thread.html', GMAIL_URL))).toBe(true);
    expect(gmailPage.expectsMessage(open('gmail/thread.html', 'https://mail.google.com/mail/u/0/#inbox'))).toBe(false);
  });

  it('refuses message ids that are not Gmail-shaped', () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    doc.querySelector('[data-message-id]')!.setAttribute('data-legacy-message-id', '"><img src=x onerror=alert(1)>');
    doc.querySelector('[data-message-id]')!.setAttribute('data-message-id', 'javascript:alert(1)');
    expect(gmailPage.findMessages(doc).map((f) => f.message.id)).toEqual(['18d5a1b2c3d4e5f7']);
  });
});

describe('Gmail, with mail written in other clients (tests/fixtures/platforms/gmail/replies.html)', () => {
  const REPLIES_URL = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvR';
  const textsOf = (n: number) => {
    const doc = open('gmail/replies.html', REPLIES_URL);
    const found = gmailPage.findMessages(doc)[n]!;
    const { deliverable, excluded } = extractMessage(found.message, gmailPage.notNewText);
    return { texts: deliverable.segments.map((s) => s.text), excluded };
  };

  it('keeps a first line that sits directly in the compose container beside its paragraphs', () => {
    expect(textsOf(0).texts).toEqual(['Hi Jo,', expect.stringMatching(/^The spring menu copy is attached below, .* lead with this year\.$/), 'Jane']);
  });

  it('keeps the words of a plain-text message apart at its line breaks, and its blank lines as paragraph breaks', () => {
    const { texts } = textsOf(1);
    expect(texts).toEqual([
      'Hi Sam',
      "Here is the homepage copy you asked for, with the opening hours moved to the top and the line about the oven cut, since Maria thought it was too much. Let me know if the tone still feels right for the window poster.",
      'Thanks, Jo',
    ]);
    expect(texts.join(' ')).not.toMatch(/SamHere|forLet|much\.Let/);
  });

  it.each([
    [2, 'Apple Mail’s blockquote type="cite"', 'Lovely, thank you. Send the final version to the printer on Friday so we have the posters by the bank holiday.'],
    [3, 'a bordered blockquote without a class', 'Fine by me, go ahead with the printer on Friday.'],
    [4, 'Outlook’s reply header and the earlier mail after it', 'Thanks Sam, the posters look great and the shop is already busier on Saturday mornings.'],
  ])('leaves out a quote written by another client (%#: %s), with its "wrote:" line, and says so', (n, _, own) => {
    const { texts, excluded } = textsOf(n);
    expect(texts).toEqual([own]);
    expect(excluded).toBeGreaterThan(0);
  });

  it('keeps text the sender indented with Gmail’s own indent (a borderless blockquote)', () => {
    expect(textsOf(5).texts).toEqual(['The three lines for the window, as agreed:', 'Bread worth getting up for, every morning from half six.']);
  });
});

describe('Gmail’s print view (tests/fixtures/platforms/gmail/print.html)', () => {
  const PRINT_URL = 'https://mail.google.com/mail/u/0/?ik=1a2b3c4d5e&view=pt&search=all&permthid=thread-f:1790000000000000001';

  it('is not ignored: each message is found, with the subject, sender and a link back to the print page', () => {
    const doc = open('gmail/print.html', PRINT_URL);
    expect(gmailPage.expectsMessage(doc)).toBe(true);
    const found = gmailPage.findMessages(doc);
    expect(found.map((f) => f.message.source)).toEqual([
      { kind: 'gmail', url: `${PRINT_URL}#message-1`, title: 'Homepage copy for Alder & Finch — Maya Ortiz', thread: PRINT_URL },
      { kind: 'gmail', url: `${PRINT_URL}#message-2`, title: 'Homepage copy for Alder & Finch — Sam Reyes', thread: PRINT_URL },
    ]);
    const reply = extractMessage(found[1]!.message, gmailPage.notNewText).deliverable.segments.map((s) => s.text);
    expect(reply[0]).toBe('Hi Maya,');
    expect(reply[1]).toMatch(/^In today's fast-paced/);
    expect(reply.join(' ')).not.toMatch(/wrote:|turning this round/);
    // The print view's records are found again from the print page's address.
    expect(PLATFORMS.gmail.documentKey({ url: PRINT_URL })).toBe(PLATFORMS.gmail.documentKey(found[1]!.message.source));
  });
});

describe('Outlook', () => {
  it('finds the open message and cuts the quoted conversation after the reply header', () => {
    const doc = open('outlook/reading-pane.html', OUTLOOK_URL);
    const [found, ...rest] = outlookPage.findMessages(doc);
    expect(rest).toHaveLength(0);
    expect(found!.message.source).toEqual({ kind: 'outlook', url: OUTLOOK_URL, title: 'RE: Brand guidelines, first pass', thread: OUTLOOK_URL });
    const texts = extractMessage(found!.message, outlookPage.notNewText).deliverable.segments.map((s) => s.text);
    expect(texts).toHaveLength(3);
    expect(texts[1]).toMatch(/^Overall, by implementing/);
    expect(texts.join(' ')).not.toMatch(/kiln|From:|Brand strategist/);
  });
});

const result = (over: Partial<PlatformScanResult> = {}): PlatformScanResult => ({
  recordId: 'r1',
  label: 'mixed',
  probability: 0.6,
  aiShare: 0.7,
  passages: 4,
  judged: 2,
  highlights: [],
  ...over,
});

describe('mail controller', () => {
  let controller: MailController | undefined;
  afterEach(() => {
    controller?.stop();
    controller = undefined;
    vi.useRealTimers();
  });

  const chips = (doc: Document) => Array.from(doc.querySelectorAll('assay-chip')) as HTMLElement[];

  it('puts a one-click chip beside each open message and scans only when asked', async () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    const scan = vi.fn(async (_: Deliverable) => result({ label: 'ai', highlights: [] }));
    controller = startMailController(gmailPage, { doc, scan, autoScan: false, highlights: true, debounceMs: 10 });
    expect(chips(doc).map((c) => c.dataset.state)).toEqual(['idle', 'idle']);
    expect(scan).not.toHaveBeenCalled();
    // The chip's button lives in a closed shadow root; a click on the host reaches it as a user's would.
    expect(chips(doc)[1]!.nextElementSibling?.classList.contains('gE')).toBe(true);
  });

  it('checks each message as it opens when the user chose that, once per text', async () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    const scan = vi.fn(async (d: Deliverable) => result({ label: d.segments.some((s) => s.text.includes('fast-paced')) ? 'ai' : 'human' }));
    controller = startMailController(gmailPage, { doc, scan, autoScan: true, highlights: true, debounceMs: 10 });
    await vi.waitFor(() => expect(chips(doc).map((c) => c.dataset.label)).toEqual(['human', 'ai']));
    expect(scan).toHaveBeenCalledTimes(2);
    expect(scan.mock.calls[1]![0].source.url).toMatch(/#all\/18d5a1b2c3d4e5f7$/);
    // Unrelated changes to the page do not rescan.
    doc.querySelector('.nav')!.append(doc.createElement('div'));
    await new Promise((r) => setTimeout(r, 50));
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it('drops the highlights of a message whose text changed after its check', async () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    const body = doc.querySelectorAll('div.ii.gt')[1]!;
    const scan = vi.fn(async (d: Deliverable) => result({ label: 'ai', highlights: d.segments.filter((s) => s.text.includes('fast-paced')).map((s) => ({ id: s.id, label: 'ai' as const, probability: 0.99, reasons: [] })) }));
    controller = startMailController(gmailPage, { doc, scan, autoScan: false, highlights: true, debounceMs: 10 });
    await controller.check('18d5a1b2c3d4e5f7');
    const overlay = () => doc.querySelector('assay-overlay')?.getAttribute('data-highlights');
    expect(overlay()).toBe('1');
    body.querySelector('div[dir="ltr"] > div:nth-child(2)')!.textContent = 'Sorry, wrong draft.';
    await vi.waitFor(() => expect(overlay()).toBe('0'));
    expect(chips(doc)[1]!.dataset.state).toBe('idle');
  });

  it('says when a message has no text of its own, without scanning', async () => {
    const doc = open('gmail/empty.html', 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvZ');
    const scan = vi.fn(async () => result());
    controller = startMailController(gmailPage, { doc, scan, autoScan: true, highlights: true, debounceMs: 10 });
    await vi.waitFor(() => expect(chips(doc)[0]!.dataset.state).toBe('empty'));
    expect(scan).not.toHaveBeenCalled();
  });

  it('says the platform changed its page when a conversation is open but no message can be found', async () => {
    const doc = open('gmail/changed.html', 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQXJWDsKmzdmpbbVtZmcJQWvQvH');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    controller = startMailController(gmailPage, { doc, scan: async () => result(), autoScan: true, highlights: true, debounceMs: 10, healthAfterMs: 30 });
    await vi.waitFor(() => expect(chips(doc).map((c) => c.dataset.state)).toEqual(['changed-page']));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Gmail changed its page/));
  });

  it('Outlook: says the page changed when a message is open but no message body can be found', async () => {
    const doc = open('outlook/reading-pane.html', OUTLOOK_URL);
    doc.querySelector('div[role="document"]')!.removeAttribute('role');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    controller = startMailController(outlookPage, { doc, scan: async () => result(), autoScan: true, highlights: true, debounceMs: 10, healthAfterMs: 30 });
    await vi.waitFor(() => expect(chips(doc).map((c) => c.dataset.state)).toEqual(['changed-page']));
    // The inbox list (no message open) is not a changed page.
    expect(outlookPage.expectsMessage(open('outlook/reading-pane.html', 'https://outlook.office.com/mail/inbox'))).toBe(false);
  });

  it('does not draw a verdict on a message that changed while it was being checked', async () => {
    const doc = open('gmail/thread.html', GMAIL_URL);
    let finish!: (r: PlatformScanResult) => void;
    const scan = vi.fn(() => new Promise<PlatformScanResult>((r) => (finish = r)));
    controller = startMailController(gmailPage, { doc, scan, autoScan: false, highlights: true, debounceMs: 10_000 });
    const body = doc.querySelectorAll('div.ii.gt')[1]!;
    // The chip's button is in a closed shadow root, out of the page's (and this test's) reach.
    expect(chips(doc)[1]!.shadowRoot).toBeNull();
    // The user asks for a check; meanwhile the message is edited (a draft, a re-render).
    const checked = controller.check('18d5a1b2c3d4e5f7');
    await vi.waitFor(() => expect(chips(doc)[1]!.dataset.state).toBe('scanning'));
    body.querySelector('div[dir="ltr"] > div')!.textContent = 'Hi Maya, quick change to the second paragraph.';
    finish(result({ label: 'ai' }));
    await checked;
    await vi.waitFor(() => expect(chips(doc)[1]!.dataset.state).toBe('changed'));
    expect(chips(doc)[1]!.dataset.label).toBeUndefined();
  });
});


describe('a certificate attached to an open message', () => {
  let controller: MailController | undefined;
  afterEach(() => {
    controller?.stop();
    controller = undefined;
  });
  const ATTACHMENT = 'https://mail.google.com/mail/u/0/?ui=2&ik=abc&attid=0.1&disp=safe';

  /** Gmail's attachment strip under the second message, with a link to another site that must be ignored. */
  function withAttachment(doc: Document): void {
    // Gmail puts the strip inside the message's .gs box, after the body.
    const box = doc.querySelectorAll('div[data-message-id] > .gs')[1]!;
    const strip = doc.createElement('div');
    strip.className = 'aQH';
    strip.innerHTML = `<span class="aZo" download_url="application/json:homepage.assay.json:${ATTACHMENT}"><a href="${ATTACHMENT}">homepage.assay.json</a></span><a href="https://files.example/evil.assay.json">evil.assay.json</a>`;
    box.append(strip);
  }

  async function certificateFor(deliverable: Deliverable): Promise<string> {
    const { certify, certificateJson } = await import('../../../lib/certify');
    const { generateIdentity, importSigningKey } = await import('../../../lib/certify/keys');
    const identity = await generateIdentity('Sam Reyes', undefined);
    const passages = deliverable.segments.map((s) => ({ ...s, label: 'human' as const, probability: 0.1 }));
    const engine = { name: 'Assay local detector', version: 'x', modelVersion: 'x' };
    const certificate = await certify(
      { signer: { name: identity.name, publicKey: identity.publicKey }, documents: [{ name: deliverable.source.title, source: { kind: 'gmail', url: deliverable.source.url }, passages, verdict: { label: 'human', probability: 0.1, aiShare: 0 } }], images: [], declaration: { uses: [{ use: 'none' }], note: '' }, engine, sensitivity: 'cautious', scannedAt: 0 },
      await importSigningKey(identity),
    );
    return certificateJson(certificate);
  }

  it('finds it by name on the page’s own origin only, and verifies it against the message’s text', async () => {
    const { findCertificateAttachments, messageBox } = await import('../../../lib/platforms/mail/certificate');
    const { verifyCertificate } = await import('../../../lib/certify');
    const doc = open('gmail/thread.html', GMAIL_URL);
    withAttachment(doc);
    const [first, second] = gmailPage.findMessages(doc);
    expect(findCertificateAttachments(messageBox(first!.message.body, first!.anchor), 'https://mail.google.com')).toEqual([]);
    expect(findCertificateAttachments(messageBox(second!.message.body, second!.anchor), 'https://mail.google.com')).toEqual([{ name: 'homepage.assay.json', url: ATTACHMENT }]);

    const signed = await certificateFor(extractMessage(second!.message, gmailPage.notNewText).deliverable);
    const readAttachment = vi.fn(async () => signed);
    const verifyAttached = vi.fn(async (text: string, _name: string, deliverable: Deliverable) => {
      const outcome = await verifyCertificate(text, { documents: [{ name: deliverable.source.title, passages: deliverable.segments }], images: [], known: [] });
      return { status: outcome.status, reason: outcome.reason };
    });
    const scan = vi.fn(async () => result({ label: 'human' }));
    controller = startMailController(gmailPage, { doc, scan, autoScan: false, highlights: false, debounceMs: 10, readAttachment, verifyAttached });
    await controller.check('18d5a1b2c3d4e5f7');
    const chip = () => Array.from(doc.querySelectorAll<HTMLElement>('assay-chip'))[1]!;
    await vi.waitFor(() => expect(chip().dataset.certificate).toBe('unknown-key'));
    expect(readAttachment).toHaveBeenCalledWith({ name: 'homepage.assay.json', url: ATTACHMENT });
    expect(verifyAttached.mock.calls[0]![1]).toBe('homepage.assay.json');

    // The same certificate against an edited message: the chip says it changed.
    controller.stop();
    const edited = open('gmail/thread.html', GMAIL_URL);
    withAttachment(edited);
    const body = edited.querySelectorAll('div.ii.gt')[1]!;
    body.querySelector('div[dir="ltr"] > div:nth-child(2)')!.textContent += ' One more sentence added later.';
    controller = startMailController(gmailPage, { doc: edited, scan, autoScan: false, highlights: false, debounceMs: 10, readAttachment, verifyAttached });
    await controller.check('18d5a1b2c3d4e5f7');
    const editedChip = () => Array.from(edited.querySelectorAll<HTMLElement>('assay-chip'))[1]!;
    await vi.waitFor(() => expect(editedChip().dataset.certificate).toBe('content-changed'));
    // A message without a certificate never asks.
    await controller.check('18d5a1b2c3d4e5f6');
    expect(readAttachment).toHaveBeenCalledTimes(2);
  });
});
