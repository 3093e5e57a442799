import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Streams the lines of a JSONL file (or stdin for '-') with their 1-based line numbers. */
export async function* jsonLines(path: string): AsyncGenerator<{ line: number; value: unknown } | { line: number; error: string }> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const reader = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of reader) {
    line++;
    if (!raw.trim()) continue;
    try {
      yield { line, value: JSON.parse(raw) };
    } catch (error) {
      yield { line, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
