// Shared helpers for the converters in scripts/data: read files out of a fetched bare git snapshot, clean
// and filter texts the same way as ../shared/data/README.md describes, and write JSON Lines rows.
// Nothing here downloads anything: every converter reads a snapshot path given on the command line.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type Label = 'human' | 'ai';

export interface Row {
  id: string;
  text: string;
  label: Label;
  domain: string;
  generator: string;
  source: string;
}

/** Texts shorter than this are too short to judge and are dropped (same threshold as ../shared/data). */
export const MIN_WORDS = 40;
/** Very large sets are capped per label so one source cannot dominate training. */
export const DEFAULT_CAP = 3000;
/** git show buffers whole blobs; snapshots hold no file of 4 MiB or more, so this is ample. */
const MAX_BLOB_BYTES = 64 * 1024 * 1024;

export const SHARED_DATA_DIR = resolve(process.env.ASSAY_SHARED_DATA ?? '/work/shared/data');
export const OUT_DIR = resolve(process.env.ASSAY_DATA_EXTRA ?? '/work/data-extra');

// ---------------------------------------------------------------- command line and snapshots

export interface Args {
  /** The bare git directory of a fetched snapshot (…/repo). */
  repo: string;
  /** The commit to read; defaults to the snapshot's HEAD. */
  commit: string;
  /** Output directory for the JSONL files. */
  out: string;
  extra: Record<string, string>;
}

export function parseArgs(argv = process.argv.slice(2)): Args {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, v] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[++i] ?? ''];
    values[k] = v;
  }
  const repo = values.repo;
  if (!repo) throw new Error('usage: npx tsx <converter>.ts --repo /work/.mirror/<owner+name>/repo [--commit <sha>] [--out dir]');
  const commit = values.commit || git(repo, ['rev-parse', 'HEAD']).trim();
  const { repo: _r, commit: _c, out: _o, ...extra } = values;
  return { repo, commit, out: resolve(values.out || OUT_DIR), extra };
}

export function git(repo: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', repo, ...args], { maxBuffer: MAX_BLOB_BYTES, encoding: 'utf8' });
}

export function readBlob(repo: string, commit: string, path: string): Buffer {
  return execFileSync('git', ['--git-dir', repo, 'show', `${commit}:${path}`], { maxBuffer: MAX_BLOB_BYTES });
}

export function readText(repo: string, commit: string, path: string): string {
  return readBlob(repo, commit, path).toString('utf8');
}

/** Paths under a folder at a commit (recursive). */
export function listFiles(repo: string, commit: string, under: string): string[] {
  return git(repo, ['ls-tree', '-r', '--name-only', commit, '--', under]).split('\n').filter(Boolean);
}

/** The short commit and repository name as `owner/name@sha` for the `source` field. */
export function sourceTag(ownerRepo: string, commit: string, path: string): string {
  return `${ownerRepo}@${commit.slice(0, 7)}:${path}`;
}

// ---------------------------------------------------------------- text cleaning

/** UTF-8 read as Windows-1252 or Mac Roman: the common sequences and what they should have been. */
const MOJIBAKE: Array<[string, string]> = [
  ['â€™', '’'], ['â€˜', '‘'], ['â€œ', '“'], ['â€\u009d', '”'], ['â€�', '”'], ['â€"', '—'], ['â€”', '—'], ['â€“', '–'],
  ['â€¦', '…'], ['â€¢', '•'], ['Ã©', 'é'], ['Ã¨', 'è'], ['Ã¢', 'â'], ['Ã¯', 'ï'], ['Ã¶', 'ö'], ['Ã¼', 'ü'], ['Ã¤', 'ä'],
  ['Ã±', 'ñ'], ['Ã§', 'ç'], ['Ã³', 'ó'], ['Ã¡', 'á'], ['Ãº', 'ú'], ['Ã\u00ad', 'í'], ['Â°', '°'], ['Â£', '£'], ['Â ', ' '],
  ['‚Äô', '’'], ['‚Äò', '‘'], ['‚Äú', '“'], ['‚Äù', '”'], ['‚Äî', '—'], ['‚Äì', '–'], ['‚Ä¶', '…'],
];

export function repairMojibake(text: string): string {
  let t = text;
  for (const [bad, good] of MOJIBAKE) if (t.includes(bad)) t = t.split(bad).join(good);
  return t;
}

/** Unicode NFC, LF line ends, no trailing spaces, at most one blank line in a row, trimmed. */
export function normalizeText(text: string): string {
  return repairMojibake(text)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A chat preamble as the first line: "Sure! Here is…", "Certainly! I'd be happy to help.", "Here is the
 * rewritten text:". An interjection line counts only if it ends with a colon or talks about the answer
 * itself (here/below/following/happy to/I'll …), so a first line of real content is kept.
 */
const PREAMBLE =
  /^(?:(?:sure|certainly|absolutely|of course|okay|ok|great|alright)\b(?:[^\n]{0,160}?:|[^\n]{0,160}?\b(?:here|below|following|happy to|glad to|i can|i'd|i will|i'll|let me|let's)\b[^\n]{0,160}?[:!.])|(?:here(?:'s|’s| is| are) (?:a|an|the|some|my|your|this|these|several|\d+)|below is|i(?:'ve| have) (?:rewritten|written|revised|created))\b[^\n]{0,240}?[:.!])\s*\n+/i;
/** A closing offer as the last paragraph: "Let me know if…", "Feel free to…", "I hope this helps". */
const TRAILING_OFFER =
  /\n+\s*(?:let me know\b|feel free\b|i hope (?:this|that|these|you find)\b|please (?:let me know|don't hesitate|do not hesitate)\b|(?:if you (?:have|need)|should you have)\b[^\n]{0,60}\b(?:questions?|help|assistance|clarification)\b[^\n]{0,80}\b(?:let me know|feel free|(?:don't|do not) hesitate|happy to|ask)\b|would you like me to\b|is there anything else\b)[^\n]*$/i;

/** The same offers as the last sentence of the last paragraph. */
const TRAILING_OFFER_SENTENCE =
  /[.!?]\s+(?:let me know|feel free|please (?:let me know|don't hesitate|do not hesitate)|if you (?:need|have|would like|want)[^.!?\n]{0,80}(?:let me know|feel free|don't hesitate|do not hesitate|happy to help)|i hope (?:this|that) helps)[^.!?\n]{0,160}[.!?]?\s*$/i;

/**
 * The same preamble where line breaks were lost ("Sure, here's a story based on the prompt:Once upon…"):
 * up to three interjection words, then "here is/here's/below is" and a clause up to the first colon.
 */
const INLINE_PREAMBLE =
  /^\s*(?:\*\*)?(?:assistant:\*\*\s*)?(?:(?:[A-Za-z]+\s?){1,3}[,.!]\s*)?(?:here(?:'s|’s| is| are)|below is)\b[^:\n]{0,200}?:(?:\*\*)?\s*/i;

/** "Of course, this is a story based on the prompt: …" (seen in back-translated outputs). */
const THIS_IS_PREAMBLE = /^\s*(?:of course|sure|certainly|okay|ok)[,.!]?\s+this is\b[^:\n]{0,200}?:\s*/i;
/** A bare opening interjection before the answer proper: "Sure, writing without adjectives is…". */
const LEADING_INTERJECTION = /^(?:sure|certainly|absolutely|of course)[!,.]\s+(?=\S)/i;

/** Strips one chat preamble and any closing offers from a machine text. */
export function stripChatFrame(text: string): { text: string; stripped: boolean } {
  let t = text.trim();
  let stripped = false;
  // Twice: "Sure, I can help with that!\n\nHere's a sample list:\n\n…" stacks two preambles.
  for (let i = 0; i < 2; i++) {
    const pre = t.match(PREAMBLE) ?? t.match(INLINE_PREAMBLE) ?? t.match(THIS_IS_PREAMBLE);
    if (!pre || pre.index !== 0) break;
    t = t.slice(pre[0].length).trim();
    stripped = true;
  }
  const bare = t.match(LEADING_INTERJECTION);
  if (bare) {
    t = t.slice(bare[0].length);
    t = t.charAt(0).toUpperCase() + t.slice(1);
    stripped = true;
  }
  for (let i = 0; i < 3; i++) {
    const m = t.match(TRAILING_OFFER) ?? t.match(TRAILING_OFFER_SENTENCE);
    if (!m || m.index === undefined) break;
    t = t.slice(0, m.index + (m[0].match(/^[.!?]/) ? 1 : 0)).trim();
    stripped = true;
  }
  return { text: t, stripped };
}

/** Refusals and self-descriptions that make a machine text useless (or trivially easy) for training. */
const REFUSAL = new RegExp(
  [
    String.raw`\bas an? (?:ai|artificial intelligence)\b`,
    String.raw`\bas an? (?:large )?language model\b`,
    String.raw`\b(?:i am|i'm) (?:just |only |merely )?an? (?:ai|large language model|language model|ai language model|ai assistant)\b`,
    String.raw`\blanguage model (?:ai )?(?:developed|trained|created) by (?:openai|google|anthropic|meta)\b`,
    String.raw`\bi(?:'m| am) (?:sorry|afraid),? (?:but )?i (?:can(?:'|no)t|am unable|won't)\b`,
    String.raw`\bi (?:can(?:'|no)t|am unable to|won't) (?:fulfil+|comply|assist|help) with\b`,
    String.raw`\bi(?:'m| am) not able to help with that\b`,
    String.raw`\bi can't help (?:with )?this because\b`,
    String.raw`^i can(?: certainly)? (?:create|write)\b[^.]*\.\s*however\b`,
  ].join('|'),
  'i',
);

export function isRefusal(text: string): boolean {
  return REFUSAL.test(text);
}

/**
 * Undoes the WritingPrompts tokenisation left in the texts ("did n' t", "it' s", "( a )", `" hi "`),
 * which marks the human side and would be an easy, spurious cue.
 */
export function detokenizeWritingPrompts(text: string): string {
  return text
    .replace(/(\w) n' t\b/gi, (_m, a: string) => `${a}n't`)
    .replace(/(\w)' (s|m|ve|ll|d|re|t)\b/gi, (_m, a: string, b: string) => `${a}'${b}`)
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/" ([^"\n]{1,400}?) "/g, '"$1"')
    .replace(/ ([,.;:!?])(?=\s|$)/g, '$1');
}

/** Markdown emphasis and heading marks, which chat models add and people rarely type. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1');
}

// ---------------------------------------------------------------- dedupe, caps, ids

/** Whitespace- and case-insensitive key used for exact-duplicate checks. */
export function dedupeKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function sha1(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/** Keys of every text in the JSONL files of a folder (the shared data, or our own earlier files). */
export function loadKeys(dir: string, skipFile?: string): Set<string> {
  const keys = new Set<string>();
  if (!existsSync(dir)) return keys;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl') && n !== skipFile).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { text?: unknown };
      if (typeof r.text === 'string') keys.add(dedupeKey(r.text));
    }
  }
  return keys;
}

/** Keeps at most `cap` rows per label, chosen by a hash of the id: deterministic and order-free. */
export function hashCap<T extends { id: string; label: Label }>(rows: T[], cap: number, salt = ''): T[] {
  const out: T[] = [];
  for (const label of ['human', 'ai'] as const) {
    const of = rows.filter((r) => r.label === label);
    if (of.length <= cap) out.push(...of);
    else out.push(...[...of].sort((a, b) => (sha1(salt + a.id) < sha1(salt + b.id) ? -1 : 1)).slice(0, cap));
  }
  const keep = new Set(out);
  return rows.filter((r) => keep.has(r));
}

// ---------------------------------------------------------------- the row builder with its filter log

/**
 * Collects rows for one output file: cleans each text, applies the filters and counts every drop by
 * reason, so the README can say exactly what was filtered.
 */
export class Collector {
  readonly rows: Row[] = [];
  readonly drops = new Map<string, number>();
  readonly notes = new Map<string, number>();
  private readonly seen = new Map<string, Label>();
  private readonly shared: Set<string>;

  constructor(readonly file: string, sharedKeys?: Set<string>) {
    this.shared = sharedKeys ?? loadKeys(SHARED_DATA_DIR);
  }

  drop(reason: string): false {
    this.drops.set(reason, (this.drops.get(reason) ?? 0) + 1);
    return false;
  }

  note(what: string): void {
    this.notes.set(what, (this.notes.get(what) ?? 0) + 1);
  }

  /**
   * Adds a row after cleaning. Machine texts lose chat preambles and closing offers; refusals and
   * "as an AI language model" texts are dropped. Returns whether the row was kept.
   */
  add(row: Row, opts: { chatFrame?: boolean; markdown?: boolean; minWords?: number } = {}): boolean {
    let text = normalizeText(row.text);
    // U+FFFD and C1 control characters mean bytes were lost before the text reached the source file.
    if (/[\ufffd\u0080-\u009f]/.test(text)) return this.drop('unrepairable encoding damage (U+FFFD or C1 controls)');
    if (row.label === 'ai') {
      if (opts.markdown) {
        const md = stripMarkdown(text);
        if (md !== text) this.note('markdown emphasis/headings stripped');
        text = md;
      }
      if (opts.chatFrame !== false) {
        const s = stripChatFrame(text);
        if (s.stripped) {
          this.note('chat preamble or closing offer stripped');
          if (process.env.ASSAY_DEBUG_STRIP) console.error(`[strip] ${row.id}\n  BEFORE: ${JSON.stringify(text.slice(0, 160))} … ${JSON.stringify(text.slice(-160))}\n  AFTER:  ${JSON.stringify(s.text.slice(0, 80))} … ${JSON.stringify(s.text.slice(-80))}`);
        }
        text = s.text;
      }
      if (isRefusal(text)) return this.drop('refusal or "as an AI language model"');
    }
    if (wordCount(text) < (opts.minWords ?? MIN_WORDS)) return this.drop(`${row.label} under ${opts.minWords ?? MIN_WORDS} words`);
    const key = dedupeKey(text);
    if (this.shared.has(key)) return this.drop('exact duplicate of a text in /work/shared/data');
    const prior = this.seen.get(key);
    if (prior) {
      if (prior !== row.label) this.note('same text under both labels (second one dropped)');
      return this.drop('exact duplicate within this file');
    }
    this.seen.set(key, row.label);
    this.rows.push({ ...row, text });
    return true;
  }

  counts(): Record<string, number> {
    const c: Record<string, number> = {};
    for (const r of this.rows) c[r.label] = (c[r.label] ?? 0) + 1;
    return c;
  }

  /** Writes the rows (optionally capped) and prints a summary for the README. */
  write(outDir: string, cap = DEFAULT_CAP): Row[] {
    const before = this.rows.length;
    const rows = hashCap(this.rows, cap, this.file);
    if (rows.length < before) this.drops.set(`over the ${cap}-per-label cap (hash-chosen)`, before - rows.length);
    const path = join(outDir, this.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
    summarize(this.file, rows, this.drops, this.notes);
    return rows;
  }
}

export function summarize(file: string, rows: Row[], drops: Map<string, number>, notes: Map<string, number>): void {
  const by = (f: (r: Row) => string) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(f(r), (m.get(f(r)) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1]);
  };
  console.log(`\n== ${file}: ${rows.length} rows`);
  console.log('  label:', Object.fromEntries(by((r) => r.label)));
  console.log('  domain×label:', by((r) => `${r.domain} | ${r.label}`).slice(0, 40));
  console.log('  generator:', by((r) => r.generator).slice(0, 60));
  if (drops.size) console.log('  dropped:', Object.fromEntries(drops));
  if (notes.size) console.log('  notes:', Object.fromEntries(notes));
}

// ---------------------------------------------------------------- CSV

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). Returns objects keyed by header. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records.filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function parseJsonl<T = unknown>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
