import { rawScore, type LoadedModel } from './model';
import { countWords, sentencesOf } from './text';

/**
 * Texts are scored in windows of about this many words, the length the model was trained on; a
 * document's score is the word-weighted mean of its windows' scores and its length makes it surer.
 */
export const WINDOW_WORDS = 250;

/** Sentence-aligned windows of about WINDOW_WORDS words; a last short window joins the one before. */
export function windowsOf(text: string): { text: string; words: number }[] {
  const windows: { text: string; words: number }[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of sentencesOf(text)) {
    current.push(sentence);
    words += countWords(sentence);
    if (words >= WINDOW_WORDS) {
      windows.push({ text: current.join(' '), words });
      current = [];
      words = 0;
    }
  }
  if (current.length) {
    const last = windows[windows.length - 1];
    if (last && words < WINDOW_WORDS / 2) windows[windows.length - 1] = { text: `${last.text} ${current.join(' ')}`, words: last.words + words };
    else windows.push({ text: current.join(' '), words });
  }
  return windows;
}

/**
 * A text's raw score from its windows: the word-weighted mean of the windows' scores, times the square
 * root of the number of windows. Each window is fresh evidence, so a long text that reads as machine
 * throughout is surer than any one window of it; the square root, as for a z statistic, rather than a
 * plain sum, because windows of one text are not independent (one writer, one topic).
 */
export function windowedScore(model: LoadedModel, text: string): { score: number; words: number; windows: number } {
  const windows = windowsOf(text);
  if (windows.length <= 1) {
    const scored = rawScore(model, text);
    return { score: scored.score, words: scored.words, windows: 1 };
  }
  let total = 0;
  let sum = 0;
  for (const window of windows) {
    const scored = rawScore(model, window.text);
    sum += scored.score * scored.words;
    total += scored.words;
  }
  return { score: total ? (sum / total) * Math.sqrt(windows.length) : 0, words: total, windows: windows.length };
}

