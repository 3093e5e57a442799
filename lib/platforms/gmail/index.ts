import type { PlatformDefinition } from '../definition';
import { MATCHES, gmailConversation } from './page';
import { GMAIL } from './selectors';

export const gmail: PlatformDefinition = {
  id: 'gmail',
  name: 'Gmail',
  matches: MATCHES,
  script: 'content-scripts/gmail.js',
  reads: 'dom',
  switchLabel: 'Check messages in Gmail',
  why: 'Reads the messages you open in Gmail, in your browser, to put a verdict beside each one.',
  autoScanLabel: 'Check each message as I open it',
  hint: 'In Gmail, Assay checks each message from the chip beside it (turn Gmail on in the dashboard). Scan this page reads the whole page as it is.',
  noun: 'message',
  selectors: GMAIL,
  // The conversation, from the tab's address or a message record's thread link.
  documentKey: ({ url, thread }) => gmailConversation(thread ?? url),
};
