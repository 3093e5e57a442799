import { assay } from './assay';
import { gptzero } from './gptzero';
import { huggingface } from './huggingface';
import { originality } from './originality';
import { sapling } from './sapling';
import type { Provider } from './types';
import { winston } from './winston';

/** Every remote classifier Assay can call. A provider file not listed here is never used. */
export const PROVIDERS: readonly Provider[] = [assay, gptzero, sapling, originality, winston, huggingface];

export { permissionFor } from '../catalogue';

export function providerById(id: string): Provider | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

export type { Provider } from './types';
