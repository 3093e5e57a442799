import type { PlatformDefinition } from '../definition';
import { MATCHES, outlookItem } from './page';
import { OUTLOOK } from './selectors';

export const outlook: PlatformDefinition = {
  id: 'outlook',
  name: 'Outlook on the web',
  matches: MATCHES,
  script: 'content-scripts/outlook.js',
  reads: 'dom',
  noun: 'message',
  selectors: OUTLOOK,
  documentKey: ({ url, thread }) => outlookItem(thread ?? url),
};
