// This runs in the Google Docs content script, which must stay small (tests/build/content-scripts.test.ts):
// the answer's zod schemas (revisions-schema.ts) are checked through their rules, without zod.
import { ruleSchema } from '../../messaging/rules';
import type { Segment } from '../../schema/deliverable';
import type { ProcessEvidence, WritingProcess } from '../../schema/process';
import { foldForMatch } from '../../text/normalize';
import { OP, REVISIONS } from './revisions-rules.generated';
import type { Op, RevisionsSchema } from './revisions-schema';
import type * as z from 'zod/mini';

export type { ProcessEvidence, WritingProcess } from '../../schema/process';

/**
 * Writing-process evidence from a Google Doc's revision history, for readers who can see it (editors).
 *
 * Docs keeps every edit as an operation: `revisions/load?id=<id>&start=1&end=<n>` answers, behind
 * Google's `)]}'` guard line, `{ "changelog": [[op, timeMs, …], …] }`, where an op is
 * `{ty:"is", ibi, s}` (insert string `s` at index `ibi`), `{ty:"iss", …}` (a suggested insert),
 * `{ty:"ds", si, ei}` (delete) or `{ty:"mlti", mts:[ops]}` (several at once); other op types (styles,
 * embedded objects) carry no text. Typing arrives as many small inserts a fraction of a second apart;
 * a paste arrives as one large insert. Both are facts about how the text got into the document, not
 * about who wrote it (people paste their own drafts), so they are shown beside the text statistics,
 * as their own kind of evidence, and never change a passage's probability.
 */

/** One insert of at least this many characters is a paste: nobody types 200 characters in one save. */
export const PASTE_MIN_CHARS = 200;
/** Inserts closer together than this belong to one burst of typing. */
export const BURST_GAP_MS = 2_000;
/** Sustained typing rarely passes ~10 characters a second (about 120 words a minute); a burst far above it was not typed. */
export const BURST_MIN_CHARS_PER_SECOND = 25;
/** A burst must be this long to count: short fast bursts are autocorrect and smart compose. */
export const BURST_MIN_CHARS = 150;
/** Characters of a passage looked for in an insert (and the reverse) to tie the two together. */
const PROBE_CHARS = 48;

/** One operation, and the whole answer (revisions-schema.ts). */
const OpCheck = ruleSchema<Op>(OP);
const RevisionsCheck = ruleSchema<z.infer<typeof RevisionsSchema>>(REVISIONS);

/** How deep `mlti` operations may nest before the answer is refused: Docs nests them one level. */
const MAX_OP_DEPTH = 8;

export interface Insert {
  text: string;
  at: number;
}

/** Parses a `revisions/load` answer; throws with a plain message when it is not one. */
export function parseRevisions(body: string): Insert[] {
  const json = body.replace(/^\)\]\}'\s*/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('the revision history was not JSON');
  }
  const parsed = RevisionsCheck.safeParse(data);
  if (!parsed.success) throw new Error('the revision history was not in the expected shape');
  const inserts: Insert[] = [];
  const walk = (raw: unknown, at: number, depth: number) => {
    const op: Op | undefined = OpCheck.safeParse(raw).data;
    if (op === undefined || depth > MAX_OP_DEPTH) throw new Error('the revision history was not in the expected shape');
    if (!op) return;
    if ((op.ty === 'is' || op.ty === 'iss') && typeof op.s === 'string') inserts.push({ text: op.s, at });
    else if (op.ty === 'mlti' && op.mts) for (const inner of op.mts) walk(inner, at, depth + 1);
  };
  for (const [op, at] of parsed.data.changelog) walk(op, at, 0);
  return inserts;
}

interface Arrival {
  kind: 'paste' | 'burst';
  text: string;
  at: number;
  charsPerSecond?: number;
}

/** Large single inserts, and runs of inserts typed far faster than a person types. */
export function arrivals(inserts: readonly Insert[]): Arrival[] {
  const found: Arrival[] = [];
  let run: Insert[] = [];
  const closeRun = () => {
    if (run.length > 1) {
      const text = run.map((i) => i.text).join('');
      const seconds = Math.max(0.001, (run[run.length - 1]!.at - run[0]!.at) / 1000);
      const speed = text.length / seconds;
      if (text.length >= BURST_MIN_CHARS && speed >= BURST_MIN_CHARS_PER_SECOND) found.push({ kind: 'burst', text, at: run[0]!.at, charsPerSecond: Math.round(speed) });
    }
    run = [];
  };
  for (const insert of inserts) {
    if (insert.text.length >= PASTE_MIN_CHARS) {
      closeRun();
      found.push({ kind: 'paste', text: insert.text, at: insert.at });
      continue;
    }
    const last = run[run.length - 1];
    if (last && insert.at - last.at > BURST_GAP_MS) closeRun();
    run.push(insert);
  }
  closeRun();
  return found;
}


/** Ties each passage to the paste or burst it arrived in, when one holds it (or it holds one). */
export function writingProcess(inserts: readonly Insert[], segments: readonly Segment[]): WritingProcess {
  const found = arrivals(inserts).map((a) => ({ ...a, squashed: foldForMatch(a.text) }));
  const evidence: ProcessEvidence[] = [];
  for (const segment of segments) {
    const text = foldForMatch(segment.text);
    if (text.length < PROBE_CHARS) continue;
    const probe = text.slice(0, PROBE_CHARS);
    const match = found.find((a) => a.squashed.includes(probe) || (a.squashed.length >= PROBE_CHARS && text.includes(a.squashed.slice(0, PROBE_CHARS))));
    if (!match) continue;
    evidence.push({
      segmentId: segment.id,
      kind: match.kind,
      chars: match.text.length,
      charsPerSecond: match.charsPerSecond,
      at: match.at,
      text: match.text.slice(0, 300),
    });
  }
  const total = (kind: Arrival['kind']) => found.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.text.length, 0);
  const totals = { insertedChars: inserts.reduce((sum, i) => sum + i.text.length, 0), pastedChars: total('paste'), burstChars: total('burst') };
  return { available: true, inserts: inserts.length, totals, evidence };
}

/** The evidence in words, for the panel and the dashboard. */
export function describeProcess(item: ProcessEvidence): string {
  const when = new Date(item.at).toLocaleString();
  return item.kind === 'paste'
    ? `arrived in one paste of ${item.chars.toLocaleString('en')} characters (${when})`
    : `typed in a burst of ${item.chars.toLocaleString('en')} characters at ${item.charsPerSecond} characters a second, far faster than typing (${when})`;
}
