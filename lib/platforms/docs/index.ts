import type { PlatformDefinition } from '../definition';
import { MATCHES, docsLocation } from './page';
import { DOCS } from './selectors';

export const docs: PlatformDefinition = {
  id: 'docs',
  name: 'Google Docs',
  matches: MATCHES,
  script: 'content-scripts/docs.js',
  reads: 'export',
  switchLabel: 'Check documents in Google Docs',
  why: 'Reads the document you open through its own export, and its writing history where you may see it, with your session, in your browser.',
  autoScanLabel: 'Check each document as I open it',
  hint: 'Google Docs draws on a canvas, so this page holds no text to scan: turn Google Docs on in the dashboard and use the Assay chip on the document.',
  noun: 'document',
  selectors: DOCS,
  // A document and its tab, whatever account prefix (`/u/1/`), query or fragment the address carries.
  documentKey: ({ url }) => {
    const doc = docsLocation(url);
    return doc ? `docs:${doc.id}${doc.tab ? `:${doc.tab}` : ''}` : undefined;
  },
};
