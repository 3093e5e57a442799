import type { PlatformDefinition } from '../definition';
import { MATCHES, gmailConversation } from './page';
import { GMAIL } from './selectors';

export const gmail: PlatformDefinition = {
  id: 'gmail',
  name: 'Gmail',
  matches: MATCHES,
  script: 'content-scripts/gmail.js',
  reads: 'dom',
  noun: 'message',
  selectors: GMAIL,
  // The conversation, from the tab's address or a message record's thread link.
  documentKey: ({ url, thread }) => gmailConversation(thread ?? url),
};
