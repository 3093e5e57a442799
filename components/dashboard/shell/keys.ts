import type { KeyboardEvent } from 'react';

/**
 * Arrow keys between the links of a navigation list (optional sugar over Tab, which still reaches every
 * link): Down/Right to the next, Up/Left to the previous, wrapping; Home and End to the ends.
 */
export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>): void {
  const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
  const ends = event.key === 'Home' || event.key === 'End';
  if (step === undefined && !ends) return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[href]'));
  if (links.length === 0) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1 && !ends) return;
  event.preventDefault();
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? links.length - 1 : (at + (step ?? 0) + links.length) % links.length;
  links[next]?.focus();
}
