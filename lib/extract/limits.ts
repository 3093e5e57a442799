import type { Omitted, SegmentKind } from '../schema/deliverable';
import { MAX_DELIVERABLE_CHARS, MAX_SEGMENT_CHARS, MAX_SEGMENTS } from '../schema/limits';

/**
 * The limits of lib/schema/deliverable.ts applied without cutting anything silently: a long passage is
 * split into sentence-aligned parts, and what lies beyond the deliverable's limits is counted so the
 * verdict can say what was not judged.
 */

/**
 * A part ends at the last sentence end (or line, for code and tables) in the second half of its
 * window; only a window with none there is split at a space, and only a window without spaces at its length.
 */
const MIN_PART_SHARE = 0.5;

const sentences = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : undefined;

/** Where a window of prose may end: after its last complete sentence in the second half, or at a space. */
function proseCut(window: string, min: number): number {
  let cut = 0;
  if (sentences) {
    for (const { index, segment } of sentences.segment(window)) {
      const end = index + segment.length;
      // The last segment of a window may be a sentence the window cut through.
      if (end < window.length && end >= min) cut = end;
    }
  } else {
    for (const match of window.matchAll(/[.!?…]["'”’)\]]*\s+/g)) if (match.index + match[0].length >= min) cut = match.index + match[0].length;
  }
  return cut || spaceCut(window, min);
}

function spaceCut(window: string, min: number): number {
  const space = window.lastIndexOf(' ');
  return space >= min ? space + 1 : 0;
}

function lineCut(window: string, min: number): number {
  const line = window.lastIndexOf('\n');
  return line >= min ? line + 1 : spaceCut(window, min);
}

/** Never split a surrogate pair (an emoji, a rare CJK character) between two parts. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/**
 * A passage's text in parts of at most `max` characters, in order, each ending where a sentence (prose)
 * or a line (code, tables) ends; joined with the white space between them, the parts are the text.
 * Lazy: a giant text is split only as far as someone reads. `end` is where the part ends in `text`.
 */
export function* splitPassage(text: string, kind: SegmentKind, max = MAX_SEGMENT_CHARS): Generator<{ text: string; end: number }, void, undefined> {
  const lines = kind === 'code' || kind === 'table';
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    const min = Math.floor(max * MIN_PART_SHARE);
    const cut = (lines ? lineCut(window, min) : proseCut(window, min)) || safeCut(window, max);
    const part = lines ? window.slice(0, cut).replace(/\n$/, '') : window.slice(0, cut).trim();
    at += cut;
    if (part) yield { text: part, end: at };
  }
  const rest = lines ? text.slice(at) : text.slice(at).trim();
  if (rest) yield { text: rest, end: text.length };
}

/** A passage's parts as strings (tools that split a text without a budget). */
export const passageParts = (text: string, kind: SegmentKind, max = MAX_SEGMENT_CHARS): string[] => Array.from(splitPassage(text, kind, max), (part) => part.text);

/**
 * What one deliverable passes on to be judged: passages in reading order until MAX_SEGMENTS passages or
 * MAX_DELIVERABLE_CHARS characters; everything after is counted in `omitted`, never silently dropped.
 */
export class PassageBudget {
  private passages = 0;
  private chars = 0;
  private omittedPassages = 0;
  private omittedChars = 0;
  private frames = 0;
  /** Set when a part did not fit: later, shorter passages are not judged either, so the judged text is one run from the start. */
  private closed = false;

  constructor(
    readonly maxPassages = MAX_SEGMENTS,
    readonly maxChars = MAX_DELIVERABLE_CHARS,
    readonly maxPassageChars = MAX_SEGMENT_CHARS,
  ) {}

  /** True once nothing more will be judged: later text is only counted. */
  get full(): boolean {
    return this.closed || this.passages >= this.maxPassages || this.chars >= this.maxChars;
  }

  /** The parts of a passage to judge; the rest of it, and every later passage once full, is counted. */
  take(text: string, kind: SegmentKind): string[] {
    const taken: string[] = [];
    let end = 0;
    if (!this.full) {
      for (const part of splitPassage(text, kind, this.maxPassageChars)) {
        if (this.passages >= this.maxPassages || this.chars + part.text.length > this.maxChars) {
          this.closed = true;
          break;
        }
        taken.push(part.text);
        this.passages++;
        this.chars += part.text.length;
        end = part.end;
      }
    }
    if (end < text.length) this.count(text.slice(end).trim().length);
    return taken;
  }

  /** Counts a passage that is not judged (the deliverable is already full). */
  count(chars: number): void {
    if (chars <= 0) return;
    this.omittedPassages++;
    this.omittedChars += chars;
  }

  /** An embedded frame of another site: its text cannot be read. */
  frameNotRead(): void {
    this.frames++;
  }

  /** What was left out, or undefined when everything was judged. */
  omitted(): Omitted | undefined {
    if (this.omittedPassages === 0 && this.frames === 0) return undefined;
    return { passages: this.omittedPassages, chars: this.omittedChars, ...(this.frames ? { frames: this.frames } : {}) };
  }
}

/** Two accounts of what was left out, added up (a platform that extracts in two passes). */
export function mergeOmitted(a: Omitted | undefined, b: Omitted | undefined): Omitted | undefined {
  if (!a || !b) return a ?? b;
  const sum = (x?: number, y?: number) => (x ?? 0) + (y ?? 0);
  const frames = sum(a.frames, b.frames);
  const images = sum(a.images, b.images);
  return { passages: a.passages + b.passages, chars: a.chars + b.chars, ...(frames ? { frames } : {}), ...(images ? { images } : {}) };
}
