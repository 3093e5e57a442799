import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { parseRoute, type Route } from '../../../lib/ui/routes';

/**
 * The dashboard's router: the URL fragment is the one source of truth for where the user is, read
 * with `useSyncExternalStore`, so every view agrees with the address bar, and back, forward and
 * reload just work. Links are real `<a href="#/…">` (middle-click, copy link address, keyboard).
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

const currentHash = () => window.location.hash;

/** The current route and the fragment it was read from; re-renders when the fragment changes by any means. */
export function useRoute(): Route & { hash: string } {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash);
  return { ...parseRoute(hash), hash };
}

/** A fragment that names no place at all (a first visit): the dashboard's first section. */
export const isEmptyHash = (hash: string) => /^#?\/?$/.test(hash);

/** Goes to a fragment as a new history entry (back returns here). */
export function navigate(hash: string): void {
  if (window.location.hash === hash) return;
  window.location.hash = hash;
}

/**
 * Replaces the current history entry: for addresses that only normalise where the user already is
 * (`#/settings` → `#/settings/general`, an empty fragment → the default section), so back does not
 * bounce between the two.
 */
export function replaceRoute(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', hash);
  // replaceState fires no hashchange: tell the subscribers ourselves.
  for (const listener of listeners) listener();
}

/** A link to a dashboard route. */
export function Link({ to, onClick, ...rest }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // The browser follows the fragment by itself; this only spares a duplicate entry for the same place.
    if (!event.defaultPrevented && window.location.hash === to) event.preventDefault();
  };
  return <a href={to} onClick={click} {...rest} />;
}
