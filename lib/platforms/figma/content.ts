import { askBackground } from '../../messaging/page';
import { FIGMA_CHECK_REPLY } from '../../messaging/rules.generated';
import type { RunningFeature, StartFeature } from '../feature';
import { createCanvasPanel } from '../panel';
import { figmaLocation } from './page';

const COST =
  'Checking reads this file’s text layers through the Figma API with your token: one file read (Figma gives View and Collab seats only a few a month), plus one image list when the file has image fills. A file that has not changed since Assay last read it is not read again.';

/** Figma in its page: a floating chip on a file, a panel saying what a check costs, then its result. */
export const start: StartFeature = ({ doc: page, config, signal }): RunningFeature => {
  if (!figmaLocation(page.location.href)) return { recheck: () => undefined };

  let running = false;
  const show: typeof panel.show = (view) => (signal.aborted ? undefined : panel.show(view));
  const check = async () => {
    if (running || signal.aborted) return;
    running = true;
    try {
      show({ state: 'scanning', step: 'Reading the file from Figma…' });
      const { result, passages, read } = await askBackground('figma.check', {}, FIGMA_CHECK_REPLY);
      const notes = [
        read.cached
          ? `Unchanged since Assay read it on ${new Date(read.readAt).toLocaleString()} (version ${read.version}): not read again.`
          : `Read from Figma just now: version ${read.version}, ${read.fileReads} file read, ${read.requests} requests in all.`,
        `${read.frames} frame${read.frames === 1 ? '' : 's'}, ${read.textNodes} text layer${read.textNodes === 1 ? '' : 's'}, ${read.images} image fill${read.images === 1 ? '' : 's'}.`,
        ...(read.hidden > 0 ? [`${read.hidden} hidden layer${read.hidden === 1 ? '' : 's'} left out: Figma does not show them in the design.`] : []),
        ...(read.repeats > 0 ? [`${read.repeats} repeated text${read.repeats === 1 ? '' : 's'} (the same words in several layers, such as component instances) counted once.`] : []),
        ...(result.imageSummary ? [`${result.imageSummary} — read from the originals Figma keeps.`] : []),
        ...(read.truncated ? ['The file is very large: Assay stopped reading after 200,000 layers.'] : []),
      ];
      show({ state: 'done', result, segments: passages, notes });
    } catch (error) {
      show({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };

  const panel = createCanvasPanel(
    page,
    { tag: 'assay-figma', noun: 'file', canvasNote: 'Figma draws the design with WebGL, so Assay cannot highlight layers in the page. Copy a passage to find it with Figma’s search.', paste: false },
    { onOpen: () => undefined, onCheck: () => void check(), copy: (text) => navigator.clipboard.writeText(text) },
  );
  panel.show({ state: 'idle', intro: COST });
  page.documentElement.append(panel.host);
  signal.addEventListener('abort', () => panel.host.remove(), { once: true });
  if (config.autoScan) void check();
  return { recheck: () => void check() };
};
