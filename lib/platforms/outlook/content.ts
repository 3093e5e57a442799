import { mailFeature } from '../mail/feature';
import { outlookPage } from './page';

/** Outlook on the web in its page: a chip above the open message. */
export const start = mailFeature(outlookPage);
