import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { provideFileReaderSync, type C2paBuilderModule } from '../certify/c2pa-image';

/** The C2PA builder (WebAssembly) for Node: loaded from the installed package, once, only for --embed. */
let loaded: Promise<C2paBuilderModule> | undefined;

export function loadC2paBuilderNode(): Promise<C2paBuilderModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm'));
    const c2pa = await import('@contentauth/c2pa-wasm');
    c2pa.initSync({ module: wasm });
    provideFileReaderSync();
    return c2pa as unknown as C2paBuilderModule;
  })();
  return loaded;
}
