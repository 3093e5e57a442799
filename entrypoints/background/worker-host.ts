import { t } from '../../lib/i18n';
import { browser } from 'wxt/browser';

/**
 * Where the worker host page (`offscreen.html`: the detector and provenance workers, image fetches)
 * runs. An MV3 service worker cannot start Web Workers, so Chrome gets an offscreen document. Firefox
 * has no `offscreen` API, but its MV3 background is an event page with a DOM: the same page goes in an
 * iframe there. Either way the background talks to it with runtime messages (a message from the
 * background reaches every other extension frame, the iframe included), so nothing else changes.
 */
const HOST_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

/** Opens the worker host once; later calls wait for the same opening or return at once. */
export function ensureWorkerHost(): Promise<void> {
  creating ??= open().finally(() => {
    creating = undefined;
  });
  return creating;
}

async function open(): Promise<void> {
  const url = browser.runtime.getURL(HOST_PATH);
  if (browser.offscreen) return openOffscreen(url);
  if (typeof document !== 'undefined') return openFrame(url);
  throw new Error(t('error.detector.noHost'));
}

async function openOffscreen(url: string): Promise<void> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length > 0) return;
  await browser.offscreen.createDocument({ url, reasons: ['WORKERS'], justification: 'Run the local AI-text detector in a Web Worker.' });
}

/**
 * Firefox: an iframe in the event page. It goes when the event page is suspended, and the next scan
 * opens a new one. `load` fires after the page's module script has run, so its message handlers are
 * registered before the first job is sent.
 */
function openFrame(url: string): Promise<void> {
  const existing = document.querySelector<HTMLIFrameElement>('iframe[data-assay-worker-host]');
  if (existing?.dataset.ready === 'true') return Promise.resolve();
  existing?.remove();
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.dataset.assayWorkerHost = '';
    frame.addEventListener('load', () => ((frame.dataset.ready = 'true'), resolve()), { once: true });
    frame.addEventListener('error', () => reject(new Error(t('error.detector.page'))), { once: true });
    frame.src = url;
    document.body.append(frame);
  });
}
