import type { PlatformScanResult } from '../messaging/protocol';
import { labelColor, passageLabelText, secondOpinionNote, verdictLine } from '../report/labels';
import { probability } from '../report/numbers';
import { describeProcess } from './docs/revisions';
import type { WritingProcess } from '../schema/process';
import { holdUiState } from './ui-state';
import { plural, t } from '../i18n';
import { abstainText } from '../report/abstain';
import { reasonText } from '../report/reasons';
import { processReasonText } from '../ui/writing-history';

/**
 * The Assay chip floating on a document drawn on a canvas (Google Docs, Figma), and the side panel it
 * opens. Nothing can be highlighted in place there: the panel lists the flagged passages with their
 * scores and reasons (and, for Docs, writing-process evidence; for Figma, the frame), and lets the
 * user copy a passage or the words to find it. Closed shadow root, text set with textContent only; what
 * it shows (`data-state`, `data-label`, `data-open`) is kept inside it, never on the host the page can
 * read (ui-state.ts). Escape closes the panel.
 */
export interface PanelPassage {
  id: string;
  text: string;
  /** Where it sits (a Figma frame), when the platform has such places. */
  place?: string;
}

export type PanelView =
  | { state: 'idle'; intro?: string }
  | { state: 'scanning'; step: string }
  | { state: 'done'; result: PlatformScanResult; segments: readonly PanelPassage[]; process?: WritingProcess; notes?: string[] }
  | { state: 'blocked'; problem: string }
  | { state: 'error'; message: string };

/** What a panel checks. */
export type PanelKind = 'document' | 'file';

export interface PanelOptions {
  /** The host element's tag: one per platform. */
  tag: 'assay-docs' | 'assay-figma';
  /** What the chip checks: a Docs document or a Figma file. Each kind has its own messages (never a noun spliced into a sentence). */
  kind: PanelKind;
  /** Why nothing is highlighted in the page. */
  canvasNote: string;
  /** Whether a blocked read may be replaced by pasted text. */
  paste: boolean;
}

export interface CanvasPanel {
  host: HTMLElement;
  show(view: PanelView): void;
  open(): void;
  close(): void;
}


const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 13px/1.45 system-ui, sans-serif; color: #111827; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #1d4ed8; background: #eff6ff; color: #1d4ed8; padding: 2px 8px; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.chip { border-radius: 999px; padding: 6px 12px; background: #1d4ed8; color: #fff; font-weight: 600; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.panel { position: fixed; top: 72px; right: 16px; bottom: 72px; width: 380px; overflow: auto; background: #fff; border: 1px solid #d1d5db; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.25); padding: 12px 14px; }
.panel[hidden] { display: none; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
h2 { font-size: 15px; margin: 0; }
h3 { font-size: 13px; margin: 14px 0 6px; }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; color: #fff; font-weight: 600; }
.muted { color: #4b5563; }
.warn { color: #7c2d12; }
ol { padding-left: 18px; margin: 0; }
li { margin: 0 0 12px; }
blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #b91c1c; }
ul { margin: 4px 0; padding-left: 16px; }
.process { color: #7c2d12; }
textarea { width: 100%; box-sizing: border-box; min-height: 120px; font: inherit; }
.row { display: flex; gap: 6px; flex-wrap: wrap; }
`;

export function createCanvasPanel(
  doc: Document,
  options: PanelOptions,
  actions: { onOpen: () => void; onCheck: () => void; onCheckPasted?: (text: string) => void; copy: (text: string) => Promise<void> },
): CanvasPanel {
  const host = doc.createElement(options.tag);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
    const node = doc.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const button = (text: string, onClick: () => void, label?: string) => {
    const node = el('button', text);
    node.type = 'button';
    if (label) node.setAttribute('aria-label', label);
    node.addEventListener('click', onClick);
    return node;
  };

  // One click: the chip opens the panel, and the first opening checks the document.
  const chip = button('Assay', () => (panel.hidden ? (open(), actions.onOpen()) : close()), t(`inpage.panel.chip.${options.kind}`));
  chip.className = 'chip';
  chip.setAttribute('aria-expanded', 'false');
  const panel = el('section', '', 'panel');
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t(`inpage.panel.dialog.${options.kind}`));
  panel.tabIndex = -1;
  const head = el('div', '', 'head');
  head.append(el('h2', 'Assay'), button(t('inpage.panel.close'), () => close(), t('inpage.panel.closeLabel')));
  const body = el('div');
  const live = el('p', '', 'muted');
  live.setAttribute('role', 'status');
  panel.append(head, live, body);
  shadow.append(style, chip, panel);
  // The state lives inside the closed shadow root, never on the host the page can read (ui-state.ts).
  holdUiState(host, panel);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  function open() {
    panel.hidden = false;
    chip.setAttribute('aria-expanded', 'true');
    panel.dataset.open = 'true';
    panel.focus();
  }
  function close() {
    panel.hidden = true;
    chip.setAttribute('aria-expanded', 'false');
    delete panel.dataset.open;
    chip.focus();
  }

  const copyButton = (text: string, what: 'passage' | 'words') =>
    button(t(what === 'passage' ? 'inpage.panel.copyPassage' : 'inpage.panel.copyWords'), () => {
      void actions.copy(text).then(
        () => (live.textContent = `${t(what === 'passage' ? 'inpage.panel.copiedPassage' : 'inpage.panel.copiedWords')} ${t(`inpage.panel.find.${options.kind}`)}`),
        () => (live.textContent = t('inpage.panel.copyRefused')),
      );
    });

  const pasteBox = () => {
    const wrap = el('div');
    const label = el('label', t('inpage.panel.pasteLabel'));
    const area = el('textarea');
    area.setAttribute('aria-label', t('inpage.panel.pasteArea'));
    label.append(area);
    wrap.append(label, el('div', '', 'row'));
    wrap.lastElementChild!.append(button(t('inpage.panel.checkPasted'), () => actions.onCheckPasted?.(area.value)));
    return wrap;
  };

  function show(view: PanelView) {
    panel.dataset.state = view.state;
    delete panel.dataset.label;
    body.replaceChildren();
    live.textContent = '';
    chip.textContent = view.state === 'scanning' ? t('inpage.panel.chipChecking') : 'Assay';
    chip.style.background = '';
    switch (view.state) {
      case 'idle':
        body.append(el('p', view.intro ?? t(`inpage.panel.intro.${options.kind}`)), button(t(`inpage.panel.check.${options.kind}`), actions.onCheck));
        break;
      case 'scanning':
        live.textContent = view.step;
        break;
      case 'blocked':
        body.append(el('p', t(`inpage.panel.blocked.${options.kind}`, { problem: view.problem }), 'warn'));
        if (options.paste) body.append(pasteBox());
        else body.append(button(t('inpage.retry'), actions.onCheck));
        break;
      case 'error':
        body.append(el('p', t('inpage.panel.failed', { message: view.message }), 'warn'), button(t('inpage.retry'), actions.onCheck));
        break;
      case 'done':
        renderResult(view);
        break;
    }
  }

  function renderResult({ result, segments, process, notes }: Extract<PanelView, { state: 'done' }>) {
    panel.dataset.label = result.label;
    chip.textContent = t('inpage.panel.chipVerdict', { verdict: verdictLine(result.label, result.aiShare, ' ', result.probability) });
    chip.style.background = labelColor(result.label);
    const pill = el('span', verdictLine(result.label, result.aiShare, ' · ', result.probability), 'pill');
    pill.style.background = labelColor(result.label);
    body.append(pill);
    if (result.label === 'unknown') body.append(el('p', result.abstain ? abstainText(result.abstain) : t('inpage.panel.tooLittle'), 'muted'));
    else body.append(el('p', plural('inpage.panel.summary', result.passages, { p: probability(result.probability), judged: result.judged }), 'muted'));
    const opinions = secondOpinionNote(result.remote);
    if (opinions) body.append(el('p', t('inpage.panel.opinions', { opinions }), 'muted'));
    body.append(el('p', options.canvasNote, 'muted'));
    for (const note of notes ?? []) body.append(el('p', note, 'muted'));
    if (result.imageSummary && !notes?.some((n) => n.includes(result.imageSummary!))) body.append(el('p', result.imageSummary, 'muted'));

    if (process) body.append(el('h3', t('dashboard.history.title')));
    if (!process) {
      // No writing history on this platform.
    } else if (!process.available) body.append(el('p', t('dashboard.history.unavailable', { reason: processReasonText(process.reason) }), 'muted'));
    else if (process.evidence.length === 0) body.append(el('p', plural('dashboard.history.quiet', process.inserts), 'muted'));
    else body.append(el('p', plural('inpage.panel.history.evidence', process.evidence.length), 'muted'));

    const byId = new Map(segments.map((s) => [s.id, s]));
    const processById = new Map((process?.evidence ?? []).map((e) => [e.segmentId, e]));
    const flagged = [...result.highlights].sort((a, b) => b.probability - a.probability);
    // Unsure passages leaning machine are outlined too (lib/scan/record.ts): the heading never calls them AI.
    const heading = flagged.length === 0 ? 'inpage.panel.noneFlagged' : flagged.every((f) => f.label === 'ai') ? 'inpage.panel.flagged' : 'inpage.panel.flaggedWithUnsure';
    body.append(el('h3', t(heading, { n: flagged.length })));
    const list = el('ol');
    for (const item of flagged) {
      const text = byId.get(item.id)?.text ?? '';
      const li = el('li');
      li.dataset.passage = item.id;
      const place = byId.get(item.id)?.place;
      li.append(el('strong', `${passageLabelText(item.label)} · ${t('passages.probability', { p: probability(item.probability) })}${place ? ` · ${place}` : ''}`), el('blockquote', text.length > 400 ? `${text.slice(0, 400)}…` : text));
      const reasons = el('ul');
      for (const reason of item.reasons.slice(0, 4)) reasons.append(el('li', reasonText(reason)));
      const how = processById.get(item.id);
      if (how) reasons.append(el('li', t('inpage.panel.history.passage', { how: describeProcess(how) }), 'process'));
      const row = el('div', '', 'row');
      row.append(copyButton(text, 'passage'), copyButton(text.split(/\s+/).slice(0, 8).join(' '), 'words'));
      li.append(reasons, row);
      list.append(li);
    }
    body.append(list);
    // Pasted-in passages that were not labelled AI are still worth knowing about.
    const others = (process?.evidence ?? []).filter((e) => !flagged.some((f) => f.id === e.segmentId));
    if (others.length) {
      body.append(el('h3', t('inpage.panel.history.others')));
      const more = el('ul');
      for (const e of others) more.append(el('li', `“${(byId.get(e.segmentId)?.text ?? e.text).slice(0, 120)}…” ${describeProcess(e)}`, 'process'));
      body.append(more);
    }
    body.append(el('div', '', 'row'));
    body.lastElementChild!.append(button(t('inpage.checkAgain'), actions.onCheck));
  }

  show({ state: 'idle' });
  return { host, show, open, close };
}
