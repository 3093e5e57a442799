// A worker thread started while the CLI runs from its TypeScript sources (no bundle): the tsx loader
// registered in the main thread does not reach workers, so each registers it before loading the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
