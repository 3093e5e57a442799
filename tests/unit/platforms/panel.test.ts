// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PlatformScanResult } from '../../../lib/messaging/protocol';
import { createCanvasPanel } from '../../../lib/platforms/panel';
import { uiStateOf } from '../../../lib/platforms/ui-state';

const RESULT: PlatformScanResult = { recordId: 'r1', label: 'ai', probability: 0.97, aiShare: 0.8, passages: 3, judged: 3, highlights: [] };

describe('the canvas panel (Docs, Figma)', () => {
  it('keeps what it shows inside its closed shadow root: the page sees a bare host, the extension its state', () => {
    const panel = createCanvasPanel(
      document,
      { tag: 'assay-docs', kind: 'document', canvasNote: 'Nothing is highlighted in a canvas.', paste: false },
      { onOpen: () => undefined, onCheck: () => undefined, copy: async () => undefined },
    );
    document.body.append(panel.host);
    expect(uiStateOf(panel.host)).toEqual({ state: 'idle' });
    panel.open();
    panel.show({ state: 'done', result: RESULT, segments: [{ id: 's1', text: 'A flagged passage.' }] });
    expect(uiStateOf(panel.host)).toEqual({ state: 'done', label: 'ai', open: 'true' });
    // What the page's own script can read off the element: nothing of the verdict.
    const host = document.querySelector('assay-docs')!;
    expect(host.getAttributeNames()).toEqual([]);
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    panel.close();
    expect(uiStateOf(panel.host)?.open).toBeUndefined();
    expect(uiStateOf(document.body)).toBeUndefined();
  });
});
