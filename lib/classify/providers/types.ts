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

/** A remote classifier: one file each, same shape, registered in providers/index.ts. */
export interface Provider {
  id: string;
  name: string;
  /** Origin the extension must be allowed to reach (its optional host permission). */
  host: string;
  /** For providers whose address the user sets: the permission pattern for that address. */
  hostFor?(option: string | undefined): string | undefined;
  /** Where its request and response shapes are documented. */
  docs: string;
  /** Characters per request the provider accepts; longer input is chunked by passages. */
  maxChars: number;
  /** Passages per request the provider accepts, where it caps them; more are sent in further requests. */
  maxPassages?: number;
  /** Scores only whole texts: its score is applied to every passage and marked so. */
  documentOnly: boolean;
  classify(passages: readonly Passage[], context: ProviderContext): Promise<ClassifierAnswer>;
}
