import { readerContext, type C2paReader } from './c2pa';

/**
 * The C2PA reader for extension workers: the WASM is fetched from the extension's own files and
 * compiled on first use (the manifest allows 'wasm-unsafe-eval' for this). c2pa-web's own worker
 * loader is not used because it rejects chrome-extension: URLs.
 */
export function createWebC2paLoader(wasmUrl: string): () => Promise<C2paReader> {
  let loaded: Promise<C2paReader> | undefined;
  return () => {
    loaded ??= (async () => {
      const [c2pa, wasm] = await Promise.all([import('@contentauth/c2pa-wasm'), fetch(wasmUrl).then((r) => r.arrayBuffer())]);
      c2pa.initSync({ module: wasm });
      return {
        async read(mimeType, bytes, options) {
          const reader = await c2pa.WasmReader.fromBytes(mimeType, bytes, readerContext(options));
          try {
            return reader.json();
          } finally {
            reader.free();
          }
        },
      };
    })();
    return loaded;
  };
}
