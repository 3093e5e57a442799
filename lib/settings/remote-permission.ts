/**
 * What a second opinion needs from the browser before any passage leaves the machine: the provider's
 * host, and in Firefox (140+) the user's consent to transmit "website content" through Firefox's
 * built-in data-collection consent, declared optional in the manifest (wxt.config.ts). Chrome has no
 * such consent: the host is the whole request there.
 */
export const REMOTE_DATA_COLLECTION = ['websiteContent'] as const;

export interface RemotePermission {
  origins: string[];
  /** Firefox's data-collection permissions; absent for Chrome, whose API rejects unknown keys. */
  data_collection?: string[];
}

export function remotePermission(origin: string, firefox: boolean): RemotePermission {
  return firefox ? { origins: [origin], data_collection: [...REMOTE_DATA_COLLECTION] } : { origins: [origin] };
}
