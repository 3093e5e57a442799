import type { Highlight, PlatformScanResult } from '../../messaging/protocol';
import type { Deliverable } from '../../schema/deliverable';
import { extractMessage, type MailMessage, type NotNewText } from './extract';
import { anchorConnected, createOverlay, type Anchor, type Overlay } from '../../page/overlay';
import { anchorOf } from '../../extract/html';
import { createChip, type Chip } from './chip';
import { fnv1a } from '../../hash';
import { findCertificateAttachments, messageBox, readAttachment, type AttachedCertificate } from './certificate';
import type { CertificateLine } from './chip';

/**
 * Watches a webmail page as the user reads: one debounced MutationObserver plus navigation events
 * find the open messages; each gets a compact Assay chip beside its header (a one-click check, or an
 * automatic one when the user chose that), is scanned at most once per text, and its flagged paragraphs
 * are highlighted in the shared overlay. When a page that should show a message shows none for a
 * while, the chip says the platform changed its page instead of silently scanning nothing.
 */
export interface FoundMessage {
  message: MailMessage;
  /** The chip is placed just before this element (the message's header, or its body). */
  anchor: Element;
}

export interface MailPlatformPage {
  name: string;
  notNewText: NotNewText;
  findMessages(doc: Document): FoundMessage[];
  /** True when the address says a message is open, so finding none means the page changed. */
  expectsMessage(doc: Document): boolean;
}

export interface MailControllerOptions {
  doc: Document;
  scan(deliverable: Deliverable): Promise<PlatformScanResult>;
  autoScan: boolean;
  highlights: boolean;
  /** Quiet time after the last change before the page is looked at again. */
  debounceMs?: number;
  /** How long a message view may show no message before Assay says the page changed. */
  healthAfterMs?: number;
  /** Verifies a certificate attached to a message against the message (the background, with the client's known signers). */
  verifyAttached?(certificate: string, name: string, deliverable: Deliverable): Promise<{ status: Exclude<CertificateLine['status'], 'checking' | 'error'>; reason: string }>;
  /** Downloads an attachment (the user's own session, same origin). */
  readAttachment?(attachment: AttachedCertificate): Promise<string>;
}

/** A message is the same message while its id and its text are the same. */
const fingerprint = (found: FoundMessage) => `${found.message.id}\u0000${fnv1a(found.message.body.textContent ?? '')}`;

export interface MailController {
  refresh(): void;
  /** Checks one message now, as its chip's button does. */
  check(messageId: string): Promise<void>;
  /** Checks every open message again (the popup's Check again). */
  checkAll(): void;
  setHighlights(visible: boolean): void;
  /** Disconnects the observer and listeners and removes every chip and highlight; nothing runs after. */
  stop(): void;
  readonly chips: number;
}

export function startMailController(platform: MailPlatformPage, given: MailControllerOptions): MailController {
  const options = { ...given };
  const { doc } = options;
  const debounceMs = options.debounceMs ?? 250;
  const healthAfterMs = options.healthAfterMs ?? 8_000;
  const chips = new Map<string, { chip: Chip; found: FoundMessage; print: string }>();
  const highlightItems = new Map<string, { items: Highlight[]; elements: Map<string, Anchor> }>();
  let overlay: Overlay | undefined;
  let warning: Chip | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let healthTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const redraw = () => {
    if (!options.highlights && !overlay) return;
    overlay ??= createOverlay(doc);
    const items: Highlight[] = [];
    const elements = new Map<string, Anchor>();
    for (const [messageId, entry] of highlightItems) {
      for (const item of entry.items) {
        const element = entry.elements.get(item.id);
        if (!element || !anchorConnected(element)) continue;
        // Two messages may quote the same sentence: ids are made unique per message.
        const id = `${messageId}:${item.id}`;
        items.push({ ...item, id });
        elements.set(id, element);
      }
    }
    overlay.show(items, elements);
    overlay.setVisible(options.highlights);
  };

  const check = async (key: string) => {
    const entry = chips.get(key);
    if (stopped || !entry || entry.chip.busy) return;
    const { found } = entry;
    const extracted = extractMessage(found.message, platform.notNewText);
    if (!extracted.deliverable.segments.some((s) => s.text.trim().length > 0)) {
      entry.chip.show({ state: 'empty' });
      return;
    }
    entry.chip.show({ state: 'scanning' });
    try {
      const result = await options.scan(extracted.deliverable);
      // Turned off or invalidated while the check ran: nothing is drawn any more.
      if (stopped) return;
      const now = extractMessage(found.message, platform.notNewText);
      const changed = !found.message.body.isConnected || now.deliverable.segments.map((s) => s.text).join('\n') !== extracted.deliverable.segments.map((s) => s.text).join('\n');
      if (changed) {
        entry.chip.show({ state: 'changed', retry: () => void check(key) });
        return;
      }
      highlightItems.set(found.message.id, { items: result.highlights, elements: new Map(extracted.passages.map((p) => [p.segment.id, anchorOf(p)])) });
      const done = { state: 'done' as const, result, excluded: extracted.excluded, retry: () => void check(key) };
      entry.chip.show(done);
      redraw();
      await checkAttachedCertificate(entry.chip, found, extracted.deliverable, done);
    } catch (error) {
      if (stopped) return;
      entry.chip.show({ state: 'error', message: error instanceof Error ? error.message : String(error), retry: () => void check(key) });
    }
  };

  /** A certificate attached to the message is verified against the message's own text, and said in its chip. */
  const checkAttachedCertificate = async (chip: Chip, found: FoundMessage, deliverable: Deliverable, done: Extract<Parameters<Chip['show']>[0], { state: 'done' }>) => {
    if (!options.verifyAttached) return;
    const origin = doc.location?.origin ?? '';
    const [attached] = findCertificateAttachments(messageBox(found.message.body, found.anchor), origin);
    if (!attached) return;
    chip.show({ ...done, certificate: { name: attached.name, status: 'checking' } });
    let line: CertificateLine;
    try {
      const text = await (options.readAttachment ?? readAttachment)(attached);
      line = { name: attached.name, ...(await options.verifyAttached(text, attached.name, deliverable)) };
    } catch (error) {
      line = { name: attached.name, status: 'error', reason: error instanceof Error ? error.message : String(error) };
    }
    if (!stopped) chip.show({ ...done, certificate: line });
  };

  const refresh = () => {
    timer = undefined;
    if (stopped) return;
    const found = platform.findMessages(doc);
    const seen = new Set<string>();
    for (const item of found) {
      const key = item.message.id;
      seen.add(key);
      const existing = chips.get(key);
      const print = fingerprint(item);
      if (existing && existing.chip.host.isConnected && existing.found.message.body === item.message.body && existing.print === print) continue;
      // New, re-rendered by the page, or its text changed: a fresh chip (and a fresh check if automatic),
      // and no highlight from a verdict on text that is no longer there.
      existing?.chip.remove();
      highlightItems.delete(key);
      const chip = createChip(doc, { platform: platform.name, onCheck: () => void check(key) });
      item.anchor.before(chip.host);
      chips.set(key, { chip, found: item, print });
      if (options.autoScan) void check(key);
    }
    for (const [key, entry] of chips) {
      if (seen.has(key)) continue;
      entry.chip.remove();
      chips.delete(key);
      highlightItems.delete(key);
    }
    if (highlightItems.size > 0 || overlay) redraw();
    selfTest(found.length);
  };

  const selfTest = (count: number) => {
    if (count > 0 || !platform.expectsMessage(doc)) {
      if (healthTimer) clearTimeout(healthTimer), (healthTimer = undefined);
      warning?.remove();
      warning = undefined;
      return;
    }
    healthTimer ??= setTimeout(() => {
      healthTimer = undefined;
      if (platform.findMessages(doc).length > 0 || !platform.expectsMessage(doc) || warning) return;
      warning = createChip(doc, { platform: platform.name, onCheck: () => undefined });
      warning.show({ state: 'changed-page' });
      warning.host.setAttribute('style', 'position:fixed;right:16px;bottom:16px;z-index:2147483647;');
      doc.documentElement.append(warning.host);
      console.warn(`[assay] ${platform.name} changed its page: no message found where one is open. Assay is not checking messages here.`);
    }, healthAfterMs);
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, debounceMs);
  };
  const ours = (node: Node) => node.nodeName === 'ASSAY-CHIP' || node.nodeName === 'ASSAY-OVERLAY';
  const observer = new MutationObserver((records) => {
    // Assay's own chips coming and going are not the page changing.
    if (records.every((r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours) && r.addedNodes.length + r.removedNodes.length > 0)) return;
    schedule();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  const win = doc.defaultView;
  win?.addEventListener('hashchange', schedule);
  win?.addEventListener('popstate', schedule);
  refresh();

  return {
    refresh,
    check,
    checkAll: () => {
      for (const key of chips.keys()) void check(key);
    },
    setHighlights(visible) {
      options.highlights = visible;
      overlay?.setVisible(visible);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      win?.removeEventListener('hashchange', schedule);
      win?.removeEventListener('popstate', schedule);
      if (timer) clearTimeout(timer);
      if (healthTimer) clearTimeout(healthTimer);
      for (const entry of chips.values()) entry.chip.remove();
      chips.clear();
      warning?.remove();
      overlay?.destroy();
      overlay = undefined;
      highlightItems.clear();
    },
    get chips() {
      return chips.size;
    },
  };
}
