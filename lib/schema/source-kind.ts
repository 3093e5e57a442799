// zod/mini: the page script checks the kind it is asked to read a draft as, and content scripts must stay
// small (tests/build/content-scripts.test.ts). deliverable.ts re-exports it for everything else.
import * as z from 'zod/mini';
import { PLATFORM_IDS } from './platform';

/**
 * Where a deliverable came from: `page` is any web page the user asked to scan, each platform is its
 * own kind (a record of a Gmail message is `gmail`), `file` a file given to the CLI or the dashboard.
 */
export const SourceKindSchema = z.enum(['page', ...PLATFORM_IDS, 'file', 'sample']);
export type SourceKind = z.infer<typeof SourceKindSchema>;
