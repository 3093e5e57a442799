import { createHash, timingSafeEqual } from 'node:crypto';
import { isLoopback } from './config';

/**
 * Who may use the server. A web page the user visits can send requests to 127.0.0.1 (and, through DNS
 * rebinding, under a name of its own that resolves there): these checks make such requests fail
 * before any work is done or any provider key is spent.
 */

/** The host name of a Host header, without port or IPv6 brackets, lower-cased; undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = header.trim().toLowerCase();
  const bracketed = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1];
  const plain = /^([a-z0-9.-]+)(?::\d+)?$/.exec(value);
  return plain?.[1];
}

/** Bind addresses meaning "every interface": not a name any client addresses. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The names besides loopback names a server answers for: those given with --allowed-host, and the
 * address it listens on when that is one address (clients use it; an IP literal cannot be rebound).
 */
export function allowedHostsFor(config: { host: string; allowedHosts: readonly string[] }): string[] {
  return WILDCARD_HOSTS.has(config.host) ? [...config.allowedHosts] : [...config.allowedHosts, config.host];
}

/** Loopback names always; any other name only when the operator listed it (`--allowed-host`). */
export function hostAllowed(header: string | undefined, allowedHosts: readonly string[]): boolean {
  const name = hostName(header);
  if (!name) return false;
  return isLoopback(name) || allowedHosts.some((allowed) => hostName(allowed) === name);
}

/** Browser extensions' own origins: Assay's background (and other extensions) calling with host permission. */
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i;

/** `none`: not a browser page (curl, a script, a server); `extension`: an extension; `web`: any web page. */
export function originKind(origin: string | undefined): 'none' | 'extension' | 'web' {
  if (origin === undefined) return 'none';
  return EXTENSION_ORIGIN.test(origin.trim()) ? 'extension' : 'web';
}

/** `application/json`, with or without parameters: a web page cannot send it cross-origin without a preflight. */
export function isJsonContentType(header: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(header?.trim() ?? '');
}

export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer ([^\s]+)$/.exec(header?.trim() ?? '')?.[1];
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The index of the configured token that matches, or -1. Every token is compared, each in constant
 * time on fixed-length digests, so neither the time taken nor the lengths say how close a guess was.
 */
export function matchToken(given: string, tokens: readonly string[]): number {
  const guess = digest(given);
  let found = -1;
  tokens.forEach((token, index) => {
    if (timingSafeEqual(digest(token), guess) && found < 0) found = index;
  });
  return found;
}

/**
 * The client's address: the socket's peer, or with `trustProxy` the last X-Forwarded-For entry (the one
 * the operator's proxy appended; earlier entries are whatever the client claimed).
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxy: boolean): string {
  if (trustProxy && forwardedFor) {
    const last = forwardedFor.split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return last;
  }
  return socketAddress ?? 'unknown';
}
