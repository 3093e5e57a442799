/**
 * A selector with where it must match: the fixture page and how many times. Every platform keeps its
 * selectors in one module of these, and a unit test loads each fixture and checks each count, so a
 * selector edited without its fixture (or a fixture that no longer matches) fails the build.
 */
export interface PlatformSelector {
  selector: string;
  /** Set when `selector` is used inside an element this matches (one message): counted as `${within} ${selector}`. */
  within?: string;
  /** Path under tests/fixtures/platforms/. */
  fixture: string;
  count: number;
  /** What it finds, for the reader and for the "this platform changed its page" message. */
  finds: string;
}

export type SelectorSet = Record<string, PlatformSelector>;

/** The selector as it matches across a whole page (the fixture counts use it). */
export const pageWide = (s: PlatformSelector) => (s.within ? `${s.within} ${s.selector}` : s.selector);
