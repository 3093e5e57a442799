// Which data files a model was trained on (name, size, SHA-256), so a reproduction check can tell
// whether the data at hand is the same.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

export interface DataFileEntry {
  file: string;
  bytes: number;
  sha256: string;
}

export function dataManifest(files: readonly string[]): DataFileEntry[] {
  return files.map((path) => ({ file: basename(path), bytes: statSync(path).size, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') }));
}
