import { plainTextSegments } from '../../extract/plain';
import { sendMessage } from '../../messaging/send';
import { MAX_SEGMENT_CHARS } from '../../schema/deliverable';
import { docsLocation, documentTitle, documentUrl } from './page';
import { createCanvasPanel } from '../panel';
import { readDocument, readWritingProcess } from './read';

declare global {
  // Lives in the content script's isolated world: the script may be injected again into an open tab.
  var __assayDocs: boolean | undefined;
}

/** The Google Docs content script: a floating chip on a document, its panel, and the check behind it. */
export async function runDocsContentScript(): Promise<void> {
  if (globalThis.__assayDocs) return;
  const doc = docsLocation(location.href);
  if (!doc) return;
  const config = await sendMessage('platform.config', { platform: 'docs' });
  if (!config.enabled || globalThis.__assayDocs) return;
  globalThis.__assayDocs = true;

  let running = false;
  let checked = false;
  const check = async () => {
    if (running) return;
    running = true;
    checked = true;
    try {
      panel.show({ state: 'scanning', step: 'Reading the document through its export…' });
      const read = await readDocument(doc, document.title, fetch.bind(globalThis), (html) => new DOMParser().parseFromString(html, 'text/html'));
      if (!read.ok) return panel.show({ state: 'blocked', problem: read.problem });
      panel.show({ state: 'scanning', step: 'Reading the writing history…' });
      const scripts = Array.from(document.scripts, (script) => script.textContent ?? '');
      const process = await readWritingProcess(doc, scripts, read.deliverable.segments, fetch.bind(globalThis));
      panel.show({ state: 'scanning', step: `Checking ${read.deliverable.segments.length} passages…` });
      const result = await sendMessage('platform.scan', { deliverable: read.deliverable, process });
      panel.show({ state: 'done', result, segments: read.deliverable.segments, process });
    } catch (error) {
      panel.show({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };

  const checkPasted = async (text: string) => {
    const segments = plainTextSegments(text.slice(0, MAX_SEGMENT_CHARS * 10));
    if (!segments.some((s) => s.text.trim())) return panel.show({ state: 'blocked', problem: 'nothing was pasted' });
    const process = { available: false, reason: 'A pasted selection carries no writing history.', inserts: 0, evidence: [] };
    const deliverable = { source: { kind: 'docs' as const, url: `${documentUrl(doc)}#pasted-selection`, title: `${documentTitle(document.title)} (pasted selection)` }, segments };
    panel.show({ state: 'scanning', step: `Checking ${segments.length} passages…` });
    try {
      const result = await sendMessage('platform.scan', { deliverable, process });
      panel.show({ state: 'done', result, segments, process });
    } catch (error) {
      panel.show({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const panel = createCanvasPanel(document, {
    tag: 'assay-docs',
    noun: 'document',
    canvasNote: 'Google Docs draws its text on a canvas, so Assay cannot highlight passages in the page. Copy a passage to find it with Ctrl+F.',
    paste: true,
  }, {
    onOpen: () => void (checked ? undefined : check()),
    onCheck: () => void check(),
    onCheckPasted: (text) => void checkPasted(text),
    copy: (text) => navigator.clipboard.writeText(text),
  });
  document.documentElement.append(panel.host);
  if (config.autoScan) void check();
}
