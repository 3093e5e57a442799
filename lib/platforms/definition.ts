import type { PlatformId } from '../schema/platform';
import type { SelectorSet } from './selectors';

/**
 * Everything about a platform that is not code running in its page: where it runs, what it asks
 * for and why, its wording, its selectors and how its records are found again. Each platform's
 * `lib/platforms/<id>/index.ts` exports one; `registry.ts` lists them; a unit test checks each part.
 */
export interface PlatformDefinition {
  id: PlatformId;
  /** The platform's name, also the wording of its records' kind ("Gmail"). */
  name: string;
  /** Match patterns: the host permission asked for and where the content script runs. */
  matches: string[];
  /** Further hosts asked for with the platform, where the background reads on the user's behalf (Figma's API). */
  apis?: string[];
  /** The content script WXT builds for it (entrypoints/<id>.content.ts). */
  script: `content-scripts/${string}.js`;
  /** How it reads a deliverable: the page's own markup, an export the page offers, or an API. */
  reads: 'dom' | 'export' | 'api';
  // Its wording (the dashboard's switch, why it asks, the popup's hint on its pages) is in the message
  // catalogues: `dashboard.platform.<id>.*` and `platform.hint.<id>` (checked in registry.test.ts).
  /** What it checks ("message", "document", "file"). */
  noun: string;
  /** Its selectors, each with the fixture where it must match (empty for API-read platforms). */
  selectors: SelectorSet;
  /**
   * The platform's own document key (a Gmail conversation, a Doc and its tab, a Figma file), from a
   * page address or a record's source, so the popup finds a record whatever address the tab shows.
   */
  documentKey(source: { url: string; thread?: string }): string | undefined;
}
