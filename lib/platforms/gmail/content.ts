import { mailFeature } from '../mail/feature';
import { gmailPage } from './page';

/** Gmail in its page: a chip beside each open message. */
export const start = mailFeature(gmailPage);
