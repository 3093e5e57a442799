import type { SelectorSet } from '../selectors';

/**
 * Google Docs' HTML export (`/export?format=html`), which Assay reads instead of the canvas-drawn page.
 * Paragraph styles become classes: the Title and Subtitle styles are `p.title` and `p.subtitle`;
 * headings are h1–h6. Checked against tests/fixtures/platforms/docs/export.html.
 */
export const DOCS = {
  title: { selector: 'p.title', fixture: 'docs/export.html', count: 1, finds: 'the document’s Title paragraph, a heading' },
  subtitle: { selector: 'p.subtitle', fixture: 'docs/export.html', count: 0, finds: 'the document’s Subtitle paragraph, a heading' },
  styles: { selector: 'head style', fixture: 'docs/export.html', count: 1, finds: 'the class styles, which say which paragraphs are set in a monospaced font (code)' },
} satisfies SelectorSet;
