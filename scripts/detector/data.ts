// Loading, filtering, balancing and splitting the labelled text in ../shared/data for training and
// evaluation. Deterministic: files and rows are read in sorted order and every choice is a hash.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fnv1a32 } from '../../lib/detect/hashing';

export const DATA_DIR = resolve(process.env.ASSAY_DATA ?? join(import.meta.dirname, '../../../shared/data'));
/**
 * Further labelled text gathered from public repositories (see docs/data.md for each source, commit and
 * licence). Optional: training reads it when it is there, and the model records which files it saw.
 */
export const EXTRA_DATA_DIR = resolve(process.env.ASSAY_EXTRA_DATA ?? join(import.meta.dirname, '../../../data-extra'));

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

/**
 * Machine rows whose wording stays mostly human, so they teach nothing about machine text: a few
 * words changed (MixSet polish_token, APT "minor" and 50% edit budgets), or a human opening continued.
 * They are left out of training and kept for the evaluation of mixed text.
 */
const NEAR_HUMAN = /polish_token|(^|\/)complete$|polish minor$|polish 50pct$/;

/**
 * Machine text made from a human text, or made to pass as human: polished, paraphrased, humanized,
 * adversarially perturbed, or fused with human sentences. It is trained on (it is what a ghost writer
 * sends) and reported apart from text a model wrote from a prompt.
 */
const REWRITTEN = /polish|paraphras|humaniz|rephrase|adversarial|fusion|human-edit|quillbot|back_translation|dipper|SICO/i;

export type MachineKind = 'generated' | 'rewritten' | 'near-human';

export function machineKind(row: Pick<Row, 'generator'>): MachineKind {
  if (NEAR_HUMAN.test(row.generator)) return 'near-human';
  return REWRITTEN.test(row.generator) ? 'rewritten' : 'generated';
}

/**
 * Files read for evaluation only: their licences forbid commercial use (ELLIPSE: CC BY-NC-SA;
 * Write & Improve + LOCNESS: non-commercial), so no shipped parameter is learned from them. Both are
 * essays and letters by learners of English: exactly the false positives that must be measured.
 */
export const EVALUATION_ONLY_FILES: ReadonlySet<string> = new Set(['ellipse-ell-essays-human.jsonl', 'wi-locness-learner-writing-human.jsonl']);

/** Rows training may learn from: every human row and every machine row except the near-human ones. */
export function isTrainable(row: Pick<Row, 'label' | 'generator' | 'file'>): boolean {
  if (EVALUATION_ONLY_FILES.has(row.file)) return false;
  return row.label === 'human' || !NEAR_HUMAN.test(row.generator);
}

/** The data files training reads, in order: the shared set, then the extra one when present. */
export function dataFiles(dirs: readonly string[] = [DATA_DIR, EXTRA_DATA_DIR]): string[] {
  return dirs.filter((dir) => existsSync(dir)).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !SKIP_FILES.has(f)).sort().map((f) => join(dir, f)));
}

export function loadRows(files: readonly string[] = dataFiles()): Row[] {
  const rows: Row[] = [];
  for (const path of files) {
    const file = basename(path);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
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
