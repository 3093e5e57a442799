/**
 * A selector with where it must match: the fixture page and how many times. Every platform keeps its
 * selectors in one module of these, and a unit test loads each fixture and checks each count, so a
 * selector edited without its fixture (or a fixture that no longer matches) fails the build.
 */
export interface PlatformSelector {
  selector: string;
  /** Path under tests/fixtures/platforms/. */
  fixture: string;
  count: number;
  /** What it finds, for the reader and for the "this platform changed its page" message. */
  finds: string;
}

export type SelectorSet = Record<string, PlatformSelector>;
