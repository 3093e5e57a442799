import type { PlatformDefinition } from '../definition';
import { MATCHES, outlookItem } from './page';
import { OUTLOOK } from './selectors';

export const outlook: PlatformDefinition = {
  id: 'outlook',
  name: 'Outlook on the web',
  matches: MATCHES,
  script: 'content-scripts/outlook.js',
  reads: 'dom',
  switchLabel: 'Check messages in Outlook on the web',
  why: 'Reads the message open in Outlook’s reading pane, in your browser, to put a verdict beside it.',
  autoScanLabel: 'Check each message as I open it',
  hint: 'In Outlook, Assay checks the open message from the chip above it (turn Outlook on in the dashboard). Scan this page reads the whole page as it is.',
  noun: 'message',
  selectors: OUTLOOK,
  documentKey: ({ url, thread }) => outlookItem(thread ?? url),
};
