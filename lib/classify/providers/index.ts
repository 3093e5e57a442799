import { assay } from './assay';
import { gptzero } from './gptzero';
import { huggingface } from './huggingface';
import { originality } from './originality';
import { sapling } from './sapling';
import type { Provider } from './types';
import { winston } from './winston';

/** Every remote classifier Assay can call. A provider file not listed here is never used. */
export const PROVIDERS: readonly Provider[] = [assay, gptzero, sapling, originality, winston, huggingface];

/** The permission pattern a provider needs, given the user's option (the server address for `assay`). */
export function permissionFor(provider: Provider, option?: string): string | undefined {
  return provider.hostFor ? provider.hostFor(option) : provider.host;
}

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

export type { Provider } from './types';
