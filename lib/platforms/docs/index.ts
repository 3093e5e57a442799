import type { PlatformDefinition } from '../definition';
import { MATCHES, docsLocation } from './page';
import { DOCS } from './selectors';

export const docs: PlatformDefinition = {
  id: 'docs',
  name: 'Google Docs',
  matches: MATCHES,
  script: 'content-scripts/docs.js',
  reads: 'export',
  noun: 'document',
  selectors: DOCS,
  // A document and its tab, whatever account prefix (`/u/1/`), query or fragment the address carries.
  documentKey: ({ url }) => {
    const doc = docsLocation(url);
    return doc ? `docs:${doc.id}${doc.tab ? `:${doc.tab}` : ''}` : undefined;
  },
};
