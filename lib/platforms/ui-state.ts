/**
 * What an in-page control of Assay (a mail chip, a Docs or Figma panel) shows: its state, its label
 * once checked, whether it is open. Kept on an element inside the control's closed shadow root, never
 * on the host element the page can see, so a page cannot read the verdict off its own DOM. The
 * extension's own world (unit tests) reads it here; end-to-end tests read the same attributes through
 * the DevTools protocol.
 */
const holders = new WeakMap<Element, HTMLElement>();

/** Records which element inside a host's shadow root carries its state. */
export function holdUiState(host: Element, holder: HTMLElement): void {
  holders.set(host, holder);
}

/** A control's state (`state`, `label`, `opinions`, `open`), or undefined for an element that is not one. */
export function uiStateOf(host: Element): Readonly<Record<string, string | undefined>> | undefined {
  const holder = holders.get(host);
  return holder ? { ...holder.dataset } : undefined;
}
