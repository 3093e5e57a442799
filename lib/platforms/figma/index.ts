import type { PlatformDefinition } from '../definition';
import { MATCHES, figmaLocation } from './page';

export const figma: PlatformDefinition = {
  id: 'figma',
  name: 'Figma',
  matches: MATCHES,
  // The API, and where it serves the original image fills (`GET /v1/files/:key/images`).
  apis: ['https://api.figma.com/*', 'https://s3-alpha-sig.figma.com/*'],
  script: 'content-scripts/figma.js',
  reads: 'api',
  switchLabel: 'Check files in Figma',
  why: 'Reads the text layers and image fills of the file you open through the Figma API, with a personal access token you paste below (sent only to api.figma.com).',
  autoScanLabel: 'Check each file as I open it (uses Figma file reads)',
  hint: 'Figma draws with WebGL, so this page holds no text to scan: turn Figma on in the dashboard and use the Assay chip on the file.',
  noun: 'file',
  selectors: {},
  // The file: Figma rewrites `node-id` as the user selects layers, so the key leaves it out.
  documentKey: ({ url }) => {
    const location = figmaLocation(url);
    return location ? `figma:${location.key}` : undefined;
  },
};
