import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { sha256Hex } from '../../hash';
import { AuditItemSchema, type AuditItem } from '../../audit/schema';
import type { AuditInput } from './collect';

/**
 * What an audit has finished, one JSON line per input file as it finishes, so a killed audit resumes
 * without reading those files again. A file counts as finished only for the same size and time of
 * last change; a line cut short by the kill is ignored (that file is read again).
 */
const LineSchema = z.object({ path: z.string(), size: z.number().optional(), mtimeMs: z.number().optional(), items: z.array(AuditItemSchema) });
type Line = z.infer<typeof LineSchema>;

export function cacheDir(): string {
  return process.env.ASSAY_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'assay');
}

/** The default journal of an audit: named after its inputs, preset and engine, so the same command finds it. */
export async function defaultJournal(inputs: readonly string[], sensitivity: string, engine: string, cwd = process.cwd()): Promise<string> {
  const key = await sha256Hex(JSON.stringify({ cwd, inputs: [...inputs].sort(), sensitivity, engine }));
  return join(cacheDir(), 'audits', `${key.slice(0, 24)}.jsonl`);
}

const keyOf = (input: AuditInput) => (input.kind === 'file' ? `${input.path}\u0000${input.size}\u0000${input.mtimeMs}` : input.path);

export class Journal {
  private readonly done = new Map<string, AuditItem[]>();

  constructor(readonly file: string) {}

  /** Loads what an earlier run of the same audit finished; returns how many input files that is. */
  load(): number {
    if (!existsSync(this.file)) return 0;
    for (const raw of readFileSync(this.file, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      let line: Line;
      try {
        line = LineSchema.parse(JSON.parse(raw));
      } catch {
        continue;
      }
      this.done.set(line.size !== undefined ? `${line.path}\u0000${line.size}\u0000${line.mtimeMs}` : line.path, line.items);
    }
    return this.done.size;
  }

  finished(input: AuditInput): AuditItem[] | undefined {
    return this.done.get(keyOf(input));
  }

  record(input: AuditInput, items: AuditItem[]): void {
    const line: Line = { path: input.path, ...(input.kind === 'file' ? { size: input.size, mtimeMs: input.mtimeMs } : {}), items };
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(line)}\n`);
  }

  remove(): void {
    rmSync(this.file, { force: true });
  }
}
