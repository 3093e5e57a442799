import { sendMessage } from '../../messaging/send';
import { createCanvasPanel } from '../panel';
import { figmaLocation } from './page';

declare global {
  // Lives in the content script's isolated world: the script may be injected again into an open tab.
  var __assayFigma: boolean | undefined;
}

const COST =
  'Checking reads this file’s text layers through the Figma API with your token: one file read (Figma gives View and Collab seats only a few a month), plus one image list when the file has image fills. A file that has not changed since Assay last read it is not read again.';

/** The Figma content script: a floating chip on a file, a panel saying what a check costs, then its result. */
export async function runFigmaContentScript(): Promise<void> {
  if (globalThis.__assayFigma) return;
  if (!figmaLocation(location.href)) return;
  const config = await sendMessage('platform.config', { platform: 'figma' });
  if (!config.enabled || globalThis.__assayFigma) return;
  globalThis.__assayFigma = true;

  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      panel.show({ state: 'scanning', step: 'Reading the file from Figma…' });
      const { result, passages, read } = await sendMessage('figma.check', {});
      const notes = [
        read.cached
          ? `Unchanged since Assay read it on ${new Date(read.readAt).toLocaleString()} (version ${read.version}): not read again.`
          : `Read from Figma just now: version ${read.version}, ${read.fileReads} file read, ${read.requests} requests in all.`,
        `${read.frames} frame${read.frames === 1 ? '' : 's'}, ${read.textNodes} text layer${read.textNodes === 1 ? '' : 's'}, ${read.images} image fill${read.images === 1 ? '' : 's'}.`,
        ...(result.imageSummary ? [`${result.imageSummary} — read from the originals Figma keeps.`] : []),
        ...(read.truncated ? ['The file is very large: Assay stopped reading after 200,000 layers.'] : []),
      ];
      panel.show({ state: 'done', result, segments: passages, notes });
    } catch (error) {
      panel.show({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };

  const panel = createCanvasPanel(
    document,
    { tag: 'assay-figma', noun: 'file', canvasNote: 'Figma draws the design with WebGL, so Assay cannot highlight layers in the page. Copy a passage to find it with Figma’s search.', paste: false },
    { onOpen: () => undefined, onCheck: () => void check(), copy: (text) => navigator.clipboard.writeText(text) },
  );
  panel.show({ state: 'idle', intro: COST });
  document.documentElement.append(panel.host);
  if (config.autoScan) void check();
}
