/**
 * Every remote classifier Assay can ask, as the user and the manifest see it: its id, name, where it
 * is reached (the optional host permission), whether it needs a key, and the words of its settings.
 * The dashboard and wxt.config.ts read this; only the background loads the network adapters
 * (lib/classify/providers/), one per entry here (a test checks they match one to one).
 */
export interface CatalogueEntry {
  id: string;
  name: string;
  /** The host permission asked for when the user turns it on (a pattern). */
  host: string;
  /** For a provider whose address the user sets: the permission for that address. */
  hostFor?: (option: string | undefined) => string | undefined;
  /** The optional host permissions the manifest lists for it. */
  manifestHosts: string[];
  /** Whether it refuses to work without an API key. */
  needsKey: boolean;
  /** The key field's label. */
  keyLabel: string;
  /** Its option (the Hugging Face model, the Assay server's address), where it has one. */
  option?: { label: string; placeholder: string };
  /** Where its request and response shapes are documented. */
  docs: string;
}

/** The server's origin from the address the user gave, or undefined when it is not an http(s) URL. */
export function assayOrigin(option: string | undefined): string | undefined {
  try {
    const url = new URL(option ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const fixed = (id: string, name: string, host: string, docs: string): CatalogueEntry => ({ id, name, host, manifestHosts: [host], needsKey: true, keyLabel: `${name} API key`, docs });

export const CATALOGUE = {
  assay: {
    id: 'assay',
    name: 'Assay server',
    host: 'https://*/*',
    hostFor: (option) => {
      const origin = assayOrigin(option);
      return origin ? `${origin}/*` : undefined;
    },
    // The user's own server may be anywhere: any address is allowed, and asked for one at a time.
    manifestHosts: ['http://*/*', 'https://*/*'],
    needsKey: false,
    keyLabel: 'Token (if the server needs one)',
    option: { label: 'Server address', placeholder: 'http://127.0.0.1:8787' },
    docs: 'https://github.com/assay/assay/blob/main/docs/server.md',
  },
  gptzero: fixed('gptzero', 'GPTZero', 'https://api.gptzero.me/*', 'https://gptzero.me/docs'),
  sapling: fixed('sapling', 'Sapling', 'https://api.sapling.ai/*', 'https://sapling.ai/docs/api/detector'),
  originality: fixed('originality', 'Originality.ai', 'https://api.originality.ai/*', 'https://docs.originality.ai/api-v1-0-reference/scan/ai-scan'),
  winston: fixed('winston', 'Winston AI', 'https://api.gowinston.ai/*', 'https://docs.gowinston.ai/api-reference'),
  huggingface: {
    ...fixed('huggingface', 'Hugging Face Inference', 'https://router.huggingface.co/*', 'https://huggingface.co/docs/inference-providers/tasks/text-classification'),
    option: { label: 'Model', placeholder: 'openai-community/roberta-base-openai-detector' },
  },
} satisfies Record<string, CatalogueEntry>;

export type ProviderId = keyof typeof CATALOGUE;
export const CATALOGUE_ENTRIES: readonly CatalogueEntry[] = Object.values(CATALOGUE);

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE_ENTRIES.find((entry) => entry.id === id);
}

/** The permission pattern a provider needs, given the user's option (the server address for `assay`). */
export function permissionFor(entry: CatalogueEntry, option?: string): string | undefined {
  return entry.hostFor ? entry.hostFor(option) : entry.host;
}

/** Every optional host permission the remote classifiers may ask for, for the manifest. */
export const CLASSIFIER_HOSTS: string[] = [...new Set(CATALOGUE_ENTRIES.flatMap((entry) => entry.manifestHosts))];
