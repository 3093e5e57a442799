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
  noun: 'file',
  selectors: {},
  // The file: Figma rewrites `node-id` as the user selects layers, so the key leaves it out.
  documentKey: ({ url }) => {
    const location = figmaLocation(url);
    return location ? `figma:${location.key}` : undefined;
  },
};
