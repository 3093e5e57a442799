import { plainTextPassages } from '../../extract/plain';
import { askBackground } from '../../messaging/page';
import { PLATFORM_SCAN_REPLY } from '../../messaging/rules.generated';
import type { RunningFeature, StartFeature } from '../feature';
import { createCanvasPanel } from '../panel';
import { docsLocation, documentTitle, documentUrl } from './page';
import { readDocument, readWritingProcess } from './read';

/** Google Docs in its page: a floating chip on a document, its panel, and the check behind it. */
export const start: StartFeature = ({ doc: page, config, signal }): RunningFeature => {
  const doc = docsLocation(page.location.href);
  if (!doc) return { recheck: () => undefined };

  let running = false;
  let checked = false;
  // A check under way when the feature stops must not draw into a panel that is gone.
  const show: typeof panel.show = (view) => (signal.aborted ? undefined : panel.show(view));
  const check = async () => {
    if (running || signal.aborted) return;
    running = true;
    checked = true;
    try {
      show({ state: 'scanning', step: 'Reading the document through its export…' });
      const read = await readDocument(doc, page.title, fetch.bind(globalThis), (html) => new DOMParser().parseFromString(html, 'text/html'));
      if (!read.ok) return show({ state: 'blocked', problem: read.problem });
      show({ state: 'scanning', step: 'Reading the writing history…' });
      const scripts = Array.from(page.scripts, (script) => script.textContent ?? '');
      const process = await readWritingProcess(doc, scripts, read.deliverable.segments, fetch.bind(globalThis));
      if (signal.aborted) return;
      show({ state: 'scanning', step: `Checking ${read.deliverable.segments.length} passages…` });
      const result = await askBackground('platform.scan', { deliverable: read.deliverable, process }, PLATFORM_SCAN_REPLY);
      show({ state: 'done', result, segments: read.deliverable.segments, process });
    } catch (error) {
      show({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };

  const checkPasted = async (text: string) => {
    // Text past the deliverable's limits is counted in `omitted`, and the verdict says so.
    const { segments, omitted } = plainTextPassages(text);
    if (!segments.some((s) => s.text.trim())) return show({ state: 'blocked', problem: 'nothing was pasted' });
    const process = { available: false, reason: 'A pasted selection carries no writing history.', inserts: 0, evidence: [] };
    const deliverable = { source: { kind: 'docs' as const, url: `${documentUrl(doc)}#pasted-selection`, title: `${documentTitle(page.title)} (pasted selection)` }, segments, ...(omitted ? { omitted } : {}) };
    show({ state: 'scanning', step: `Checking ${segments.length} passages…` });
    try {
      const result = await askBackground('platform.scan', { deliverable, process }, PLATFORM_SCAN_REPLY);
      show({ state: 'done', result, segments, process });
    } catch (error) {
      show({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const panel = createCanvasPanel(
    page,
    {
      tag: 'assay-docs',
      noun: 'document',
      canvasNote: 'Google Docs draws its text on a canvas, so Assay cannot highlight passages in the page. Copy a passage to find it with Ctrl+F.',
      paste: true,
    },
    {
      onOpen: () => void (checked ? undefined : check()),
      onCheck: () => void check(),
      onCheckPasted: (text) => void checkPasted(text),
      copy: (text) => navigator.clipboard.writeText(text),
    },
  );
  page.documentElement.append(panel.host);
  signal.addEventListener('abort', () => panel.host.remove(), { once: true });
  if (config.autoScan) void check();
  return { recheck: () => void check() };
};
