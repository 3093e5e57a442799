// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createOverlay, overlayState, type Overlay } from '../../../lib/page/overlay';

let overlay: Overlay | undefined;
afterEach(() => {
  overlay?.destroy();
  overlay = undefined;
  document.body.innerHTML = '';
});

describe('the in-page overlay', () => {
  it('tells the page nothing: its host carries no attribute but its own style, whatever it shows', () => {
    document.body.innerHTML = '<p id="a">A flagged passage.</p><p id="b">Another one.</p><img id="i" width="100" height="100">';
    overlay = createOverlay(document);
    const elements = new Map([
      ['a', document.getElementById('a')!],
      ['b', document.getElementById('b')!],
    ]);
    const items = ['a', 'b'].map((id) => ({ id, label: 'ai' as const, probability: 0.99, reasons: [] }));
    const shown = overlay.show(items, elements, { badges: [{ id: 'i', verdict: 'ai-generated', summary: 'C2PA says so' }], elements: new Map([['i', document.getElementById('i')!]]) });
    overlay.setVisible(false);
    const host = document.querySelector('assay-overlay')!;
    expect(host.getAttributeNames()).toEqual(['style']);
    // Its shadow root is closed to the page.
    expect(host.shadowRoot).toBeNull();
    // The extension's own world can still tell what it shows.
    expect(shown).toBe(2);
    expect(overlayState(host)).toEqual({ highlights: 2, imageBadges: 1, visible: false });
    expect(overlayState(document.body)).toBeNull();
  });
});
