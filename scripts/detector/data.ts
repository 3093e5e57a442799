// Loading, filtering, balancing and splitting the labelled text in ../shared/data for training and
// evaluation. Deterministic: files and rows are read in sorted order and every choice is a hash.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fnv1a32 } from '../../lib/detect/hashing';

export const DATA_DIR = resolve(process.env.ASSAY_DATA ?? join(import.meta.dirname, '../../../shared/data'));

export interface Row {
  id: string;
  text: string;
  label: 'human' | 'ai';
  domain: string;
  generator: string;
  file: string;
}

/** Not English: kept for when the detector grows beyond it. */
const SKIP_FILES = new Set(['iu-wiki-chatgpt-de-fr-es.jsonl']);
/**
 * Machine rows that are not machine text for training: a few changed words in human text, human
 * openings continued, human-edited or "humanized" output, human/ChatGPT sentence fusions, and
 * adversarial typos and homoglyphs. Evaluation still sees them (see `isMixedOrAttacked`).
 */
const NOT_PURE_AI = /polish_token|(^|\/)complete$|humanize|human-edit|fusion|adversarial/i;

export function isMixedOrAttacked(row: Pick<Row, 'generator'>): boolean {
  return NOT_PURE_AI.test(row.generator);
}

export function loadRows(dir = DATA_DIR): Row[] {
  const rows: Row[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !SKIP_FILES.has(f)).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      if ((r.label !== 'human' && r.label !== 'ai') || typeof r.text !== 'string') continue;
      rows.push({ id: String(r.id), text: r.text, label: r.label, domain: String(r.domain ?? ''), generator: String(r.generator ?? ''), file });
    }
  }
  return rows;
}

/** A genre bucket: the file and the domain's first words, so sub-folders of one source stay together. */
export function genreOf(row: Pick<Row, 'file' | 'domain'>): string {
  return `${row.file.replace(/\.jsonl$/, '')}/${row.domain.replace(/\s*[([].*$/, '').slice(0, 40)}`;
}

/**
 * Rows that share a source item (a human text and its machine rewrites) share a key, so a split never
 * puts a pair on both sides. The last number in an id is the item index in every file here.
 */
export function itemKey(row: Pick<Row, 'id' | 'file' | 'domain'>): string {
  const numbers = row.id.match(/\d+/g);
  return `${row.file}|${row.domain}|${numbers ? numbers[numbers.length - 1] : row.id}`;
}

export type Split = 'train' | 'calibrate' | 'test';
/** 70% to fit, 15% to calibrate and set thresholds, 15% held out for the figures we report. */
export function splitOf(row: Pick<Row, 'id' | 'file' | 'domain'>): Split {
  const h = fnv1a32(`split:${itemKey(row)}`) % 100;
  return h < 70 ? 'train' : h < 85 ? 'calibrate' : 'test';
}

/** At most `cap` rows per genre and label, chosen by hash, so no source or product dominates. */
export function balance<T extends Row>(rows: readonly T[], cap: number): T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${genreOf(row)}|${row.label}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const out: T[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key)!;
    list.sort((a, b) => fnv1a32(`pick:${a.id}`) - fnv1a32(`pick:${b.id}`));
    out.push(...list.slice(0, cap));
  }
  return out;
}

const WORDS = /\S+/g;
/**
 * A document cut into passages like the ones the extension scores: paragraphs, short ones merged until
 * they reach `minWords`, long ones cut at `maxWords` on a sentence boundary.
 */
export function passagesOf(text: string, minWords = 40, maxWords = 220): string[] {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const out: string[] = [];
  let current = '';
  const push = (p: string) => {
    const sentences = p.split(/(?<=[.!?])\s+/);
    let chunk = '';
    for (const s of sentences) {
      if (chunk && (chunk.match(WORDS)?.length ?? 0) + (s.match(WORDS)?.length ?? 0) > maxWords) {
        out.push(chunk);
        chunk = '';
      }
      chunk = chunk ? `${chunk} ${s}` : s;
    }
    if (chunk) out.push(chunk);
  };
  for (const p of paragraphs) {
    current = current ? `${current} ${p}` : p;
    if ((current.match(WORDS)?.length ?? 0) >= minWords) {
      push(current);
      current = '';
    }
  }
  if (current) {
    if (out.length && (current.match(WORDS)?.length ?? 0) < minWords) out[out.length - 1] += ` ${current}`;
    else push(current);
  }
  return out;
}
