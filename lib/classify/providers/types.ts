import type { CatalogueEntry } from '../catalogue';
import type { ClassifierAnswer } from '../protocol';

export interface Passage {
  id: string;
  text: string;
}

export interface ProviderContext {
  key: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** Provider-specific option, e.g. the Hugging Face model id or a self-hosted server's URL. */
  option?: string;
}

/**
 * A remote classifier's network adapter: its catalogue entry (id, name, host, key) and how to call it.
 * One file each, same shape, registered in providers/index.ts.
 */
export interface Provider extends CatalogueEntry {
  /** Characters per request the provider accepts; longer input is chunked by passages. */
  maxChars: number;
  /** Passages per request the provider accepts, where it caps them; more are sent in further requests. */
  maxPassages?: number;
  /** Scores only whole texts: its score is applied to every passage and marked so. */
  documentOnly: boolean;
  classify(passages: readonly Passage[], context: ProviderContext): Promise<ClassifierAnswer>;
}
