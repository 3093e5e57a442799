import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readerContext, type C2paReader } from './c2pa';

/** The C2PA reader for Node (CLI, tests): the WASM is read from the installed package. */
let loaded: Promise<C2paReader> | undefined;

export function loadC2paReaderNode(): Promise<C2paReader> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm'));
    const c2pa = await import('@contentauth/c2pa-wasm');
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
}
