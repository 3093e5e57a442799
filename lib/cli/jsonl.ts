import { createReadStream } from 'node:fs';
import { t } from '../i18n';
import { EXIT, InputError } from './exit-codes';
import { checkReadableFile, unreadable } from './inputs';
import { binaryProblem, firstInvalidUtf8 } from './text-input';

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

/** The first bytes get the binary check (well-known formats, control characters); every chunk, the zero-byte check. */
const SNIFF_BYTES = 4_096;

/**
 * The lines of a JSONL file (or stdin for `-`), parsed one at a time as they are read, so memory stays
 * flat however long the file. Blank lines are skipped; a line that is not JSON is yielded as an error
 * with its number. A file that is empty, binary or not UTF-8 text is an InputError, never a stream of
 * "not JSON" lines.
 */
export async function* jsonLines(path: string): AsyncGenerator<JsonLine> {
  const name = path === '-' ? 'stdin' : path;
  if (path !== '-') await checkReadableFile(path);
  const input = path === '-' ? process.stdin : createReadStream(path);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let line = 0;
  let bytes = 0;
  let newlines = 0;
  let nonBlank = 0;
  const parse = (raw: string): JsonLine | undefined => {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!text.trim()) return undefined;
    nonBlank++;
    try {
      return { line, value: JSON.parse(text) };
    } catch (error) {
      return { line, error: error instanceof Error ? error.message : String(error) };
    }
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (bytes === 0 && chunk.length > 0) {
        const binary = binaryProblem(chunk.subarray(0, SNIFF_BYTES), name);
        if (binary) throw binary;
      }
      if (chunk.includes(0)) throw new InputError(t('cli.binary.zeroByteAfterLine', { name, line }), EXIT.UNUSABLE);
      try {
        pending += decoder.decode(chunk, { stream: true });
      } catch {
        const bad = Math.max(0, firstInvalidUtf8(chunk));
        const lineOfBad = newlines + countNewlines(chunk, bad) + 1;
        throw new InputError(t('cli.utf8.invalidLine', { name, line: lineOfBad, offset: bytes + bad }), EXIT.UNUSABLE);
      }
      bytes += chunk.length;
      newlines += countNewlines(chunk, chunk.length);
      let start = 0;
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
        const parsed = parse(pending.slice(start, end));
        start = end + 1;
        if (parsed) yield parsed;
      }
      pending = pending.slice(start);
    }
    try {
      pending += decoder.decode();
    } catch {
      throw new InputError(t('cli.utf8.cutShort', { name }), EXIT.UNUSABLE);
    }
  } catch (error) {
    throw error instanceof InputError ? error : unreadable(name, error);
  }
  const last = pending ? parse(pending) : undefined;
  if (last) yield last;
  if (bytes === 0) throw new InputError(t('cli.input.empty', { name }), EXIT.UNUSABLE);
  if (nonBlank === 0) throw new InputError(t('cli.input.blankLines', { name }), EXIT.UNUSABLE);
}
