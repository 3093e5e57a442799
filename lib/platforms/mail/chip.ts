import type { PlatformScanResult } from '../../messaging/protocol';
import { labelColor, secondOpinionNote, verdictLine } from '../../report/labels';
import { probability } from '../../report/numbers';
import { holdUiState } from '../ui-state';
import { plural, t } from '../../i18n';
import { abstainText } from '../../report/abstain';

/**
 * The compact Assay chip put beside a message's header: a button to check the message, then its
 * verdict in a few words. Drawn in a closed shadow root so the page's styles never reach it and its
 * text is never the page's; every string is set with textContent. Its state (`data-state`, and
 * `data-label` once checked) sits inside the shadow root, not on the host: the page cannot read the
 * verdict (see ui-state.ts).
 */
export type ChipView =
  | { state: 'idle' }
  | { state: 'scanning' }
  | { state: 'done'; result: PlatformScanResult; excluded: number; retry: () => void; certificate?: CertificateLine }
  | { state: 'empty' }
  | { state: 'error'; message: string; retry: () => void }
  | { state: 'changed'; retry: () => void }
  | { state: 'changed-page' };

/** A certificate attached to the message, as the background verified it against the message's text. */
export type CertificateLine = { name: string; status: 'checking' } | { name: string; status: 'valid' | 'content-changed' | 'bad-signature' | 'unknown-key' | 'malformed' | 'error'; reason: string };

export interface Chip {
  host: HTMLElement;
  readonly busy: boolean;
  show(view: ChipView): void;
  remove(): void;
}


const STYLE = `
:host { all: initial; display: inline-block; margin: 4px 0; font: 12px/1.4 system-ui, sans-serif; color: #111827; }
.chip { display: inline-flex; align-items: center; gap: 6px; flex-wrap: wrap; max-width: 640px; padding: 3px 8px; border: 1px solid #d1d5db; border-radius: 999px; background: #fff; }
.mark { font-weight: 700; color: #1d4ed8; }
.pill { padding: 0 7px; border-radius: 999px; color: #fff; font-weight: 600; }
.detail { color: #4b5563; }
button { font: inherit; padding: 1px 8px; border: 1px solid #1d4ed8; border-radius: 999px; background: #eff6ff; color: #1d4ed8; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.warn { color: #7c2d12; }
`;

export function createChip(doc: Document, options: { platform: string; onCheck: () => void }): Chip {
  const host = doc.createElement('assay-chip');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'chip';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  shadow.append(style, box);
  holdUiState(host, box);
  let busy = false;

  const el = (tag: string, className: string, text: string) => {
    const node = doc.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };
  const button = (text: string, onClick: () => void) => {
    const node = el('button', '', text) as HTMLButtonElement;
    node.type = 'button';
    node.addEventListener('click', (event) => {
      // The click is Assay's: the mail client must not also open, collapse or select the message.
      event.stopPropagation();
      onClick();
    });
    return node;
  };

  const show = (view: ChipView) => {
    busy = view.state === 'scanning';
    box.dataset.state = view.state;
    delete box.dataset.label;
    delete box.dataset.opinions;
    delete box.dataset.certificate;
    box.replaceChildren(el('span', 'mark', 'Assay'));
    switch (view.state) {
      case 'idle':
        box.append(button(t('inpage.chip.check'), options.onCheck));
        break;
      case 'scanning':
        box.append(el('span', 'detail', t('inpage.chip.checking')));
        break;
      case 'empty':
        box.append(el('span', 'detail', t('inpage.chip.empty')));
        break;
      case 'done': {
        const { result } = view;
        box.dataset.label = result.label;
        if (result.remote) box.dataset.opinions = `${result.remote.used}/${result.remote.asked}`;
        const pill = el('span', 'pill', verdictLine(result.label, result.aiShare, ' · ', result.probability));
        pill.style.background = labelColor(result.label);
        const parts =
          result.label === 'unknown'
            ? [result.abstain ? abstainText(result.abstain) : t('inpage.chip.tooLittle')]
            : [t('inpage.chip.probability', { p: probability(result.probability) }), plural('inpage.chip.judged', result.passages, { judged: result.judged })];
        if (view.excluded > 0) parts.push(t('inpage.chip.excluded'));
        if (result.imageSummary) parts.push(result.imageSummary);
        const opinions = secondOpinionNote(result.remote);
        if (opinions) parts.push(opinions);
        box.append(pill, el('span', 'detail', parts.join(' · ')), button(t('inpage.checkAgain'), view.retry));
        const certificate = view.certificate;
        if (certificate) {
          box.dataset.certificate = certificate.status;
          const ok = certificate.status === 'valid' || certificate.status === 'unknown-key';
          const text =
            certificate.status === 'checking'
              ? t('inpage.chip.certificate.checking', { name: certificate.name })
              : certificate.status === 'error'
                ? t('inpage.chip.certificate.error', { name: certificate.name, reason: certificate.reason })
                : t(ok ? 'inpage.chip.certificate.valid' : 'inpage.chip.certificate.invalid', { name: certificate.name, reason: certificate.reason });
          box.append(el('span', ok || certificate.status === 'checking' ? 'detail' : 'warn', text));
        }
        break;
      }
      case 'error':
        box.append(el('span', 'warn', t('inpage.chip.error', { message: view.message })), button(t('inpage.retry'), view.retry));
        break;
      case 'changed':
        box.append(el('span', 'warn', t('inpage.chip.changed')), button(t('inpage.checkAgain'), view.retry));
        break;
      case 'changed-page':
        box.append(el('span', 'warn', t('inpage.chip.changedPage', { platform: options.platform })));
        break;
    }
  };
  show({ state: 'idle' });

  return {
    host,
    get busy() {
      return busy;
    },
    show,
    remove: () => host.remove(),
  };
}
