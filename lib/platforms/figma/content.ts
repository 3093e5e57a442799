import { askBackground } from '../../messaging/page';
import { FIGMA_CHECK_REPLY } from '../../messaging/rules.generated';
import type { RunningFeature, StartFeature } from '../feature';
import { createCanvasPanel } from '../panel';
import { figmaLocation } from './page';
import { dateTime, plural, t } from '../../i18n';

/** Where extract.ts (MAX_NODES) stops reading, said to the user; not imported, which would bring the extractor's zod into this script (a test keeps the two equal). */
export const MAX_FIGMA_LAYERS = 200_000;

/** Figma in its page: a floating chip on a file, a panel saying what a check costs, then its result. */
export const start: StartFeature = ({ doc: page, config, signal }): RunningFeature => {
  if (!figmaLocation(page.location.href)) return { recheck: () => undefined };

  let running = false;
  const show: typeof panel.show = (view) => (signal.aborted ? undefined : panel.show(view));
  const check = async () => {
    if (running || signal.aborted) return;
    running = true;
    try {
      show({ state: 'scanning', step: t('inpage.figma.reading') });
      const { result, passages, read } = await askBackground('figma.check', {}, FIGMA_CHECK_REPLY);
      const notes = [
        read.cached
          ? t('inpage.figma.cached', { when: dateTime(read.readAt), version: read.version })
          : t('inpage.figma.fresh', { version: read.version, reads: plural('inpage.figma.fileReads', read.fileReads), requests: plural('inpage.figma.requests', read.requests) }),
        t('inpage.figma.counts', { frames: plural('inpage.figma.frames', read.frames), layers: plural('inpage.figma.layers', read.textNodes), images: plural('inpage.figma.images', read.images) }),
        ...(read.hidden > 0 ? [plural('inpage.figma.hidden', read.hidden)] : []),
        ...(read.repeats > 0 ? [plural('inpage.figma.repeats', read.repeats)] : []),
        ...(result.imageSummary ? [t('inpage.figma.imagesRead', { summary: result.imageSummary })] : []),
        ...(read.truncated ? [t('inpage.figma.truncated', { n: MAX_FIGMA_LAYERS })] : []),
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
    { tag: 'assay-figma', kind: 'file', canvasNote: t('inpage.figma.canvasNote'), paste: false },
    { onOpen: () => undefined, onCheck: () => void check(), copy: (text) => navigator.clipboard.writeText(text) },
  );
  panel.show({ state: 'idle', intro: t('inpage.figma.cost') });
  page.documentElement.append(panel.host);
  signal.addEventListener('abort', () => panel.host.remove(), { once: true });
  if (config.autoScan) void check();
  return { recheck: () => void check() };
};
