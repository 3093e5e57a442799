// The small models fitted on the calibration split: how the n-gram score and the hand-made signals
// combine, and how the combined score maps to a probability given the text's length.
import { SIGNALS } from '../../lib/detect/features';
import { WINDOW_WORDS } from '../../lib/detect/windows';
import { lengthTerm, rawScore, sigmoid, SINGLE_WINDOW_WORDS, type LoadedModel } from '../../lib/detect/model';
import { countWords, normalizeText } from '../../lib/detect/text';
import { fnv1a32 } from '../../lib/detect/hashing';
import { genreOf, passagesOf, type Row } from './data';

export interface CalibrationItem {
  score: number;
  words: number;
  ai: boolean;
  weight: number;
  genre: string;
}

/** Weighted logistic regression by full-batch gradient descent; each weight kept to its allowed sign. */
export function fitLogistic(x: readonly number[][], y: readonly boolean[], w: readonly number[], signs: readonly number[], epochs = 3000, rate = 1): { weights: number[]; bias: number } {
  const d = x[0]!.length;
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  const total = w.reduce((a, b) => a + b, 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    for (let n = 0; n < x.length; n++) {
      let z = bias;
      for (let i = 0; i < d; i++) z += weights[i]! * x[n]![i]!;
      const err = (sigmoid(z) - (y[n] ? 1 : 0)) * (w[n]! / total);
      for (let i = 0; i < d; i++) grad[i]! += err * x[n]![i]!;
      gradBias += err;
    }
    for (let i = 0; i < d; i++) {
      weights[i]! -= rate * grad[i]!;
      if (signs[i]! > 0) weights[i] = Math.max(0, weights[i]!);
      if (signs[i]! < 0) weights[i] = Math.min(0, weights[i]!);
    }
    bias -= rate * gradBias;
  }
  return { weights, bias };
}

interface RawItem {
  ngram: number;
  signals: number[];
  words: number;
  ai: boolean;
  genre: string;
  weight: number;
}

/** One window's parts: the n-gram score (with the n-gram model's bias) and the signal values. */
function rawItem(model: LoadedModel, text: string): Pick<RawItem, 'ngram' | 'signals' | 'words'> {
  const raw = rawScore(model, text);
  return { ngram: model.bias + raw.contributions.words + raw.contributions.characters + raw.contributions.style, signals: raw.signalValues, words: raw.words };
}

/**
 * Texts of one window at most, of every length from a short paragraph up: the whole document when it
 * fits in one window, and up to two passages of it. Longer texts are scored as windows of these.
 */
function calibrationTexts(row: Row): string[] {
  const whole = normalizeText(row.text.replace(/\n\s*\n/g, '\n'));
  const passages = passagesOf(row.text, 15, WINDOW_WORDS)
    .sort((a, b) => fnv1a32(a) - fnv1a32(b))
    .slice(0, 2)
    .filter((p) => p !== whole);
  return countWords(whole) <= SINGLE_WINDOW_WORDS ? [whole, ...passages] : passages;
}

/**
 * The weights of the n-gram score and the hand-made signals, fitted on the calibration rows as scored by
 * `modelFor(row)` (the n-gram model that never saw the row's source; the signals need no model).
 */
export function fitCombination(modelFor: (row: Row) => LoadedModel, rows: readonly Row[], log: (line: string) => void = () => undefined) {
  const raw: RawItem[] = [];
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(`${genreOf(r)}|${r.label}`, (sizes.get(`${genreOf(r)}|${r.label}`) ?? 0) + 1);
  for (const r of rows) {
    const texts = calibrationTexts(r);
    for (const text of texts) {
      const item = rawItem(modelFor(r), text);
      if (item.words < 10) continue;
      raw.push({ ...item, ai: r.label === 'ai', genre: genreOf(r), weight: 1 / texts.length / Math.sqrt(sizes.get(`${genreOf(r)}|${r.label}`)!) });
    }
  }
  const totals = { ai: 0, human: 0 };
  for (const it of raw) totals[it.ai ? 'ai' : 'human'] += it.weight;
  for (const it of raw) it.weight /= totals[it.ai ? 'ai' : 'human'];

  const d = SIGNALS.length;
  const mean = SIGNALS.map((_, i) => raw.reduce((s, it) => s + it.weight * it.signals[i]!, 0) / 2);
  const std = SIGNALS.map((_, i) => Math.sqrt(raw.reduce((s, it) => s + it.weight * (it.signals[i]! - mean[i]!) ** 2, 0) / 2) || 1);
  const z = (it: RawItem) => it.signals.map((v, i) => (v - mean[i]!) / std[i]!);
  // The n-gram score and the signals, with length terms so their weights are those of a 100-word text.
  const x = raw.map((it) => {
    const l = lengthTerm(it.words);
    return [it.ngram, ...z(it), it.ngram * l, l];
  });
  const signs = [1, ...SIGNALS.map((s) => s.sign), 0, 0];
  const fit = fitLogistic(x, raw.map((it) => it.ai), raw.map((it) => it.weight), signs);
  const ngramWeight = fit.weights[0]!;
  const weights = fit.weights.slice(1, 1 + d);
  log(`combination: n-grams ×${ngramWeight.toFixed(3)}; ${SIGNALS.map((s, i) => `${s.id}=${weights[i]!.toFixed(3)}`).join(' ')}`);
  // The fitted intercept; a model adds its n-gram bias scaled by ngramWeight (train-model.ts, complete).
  const bias = fit.bias;
  const items = (): CalibrationItem[] =>
    raw.map((it) => ({
      score: bias + ngramWeight * it.ngram + z(it).reduce((s, v, i) => s + v * weights[i]!, 0),
      words: it.words,
      ai: it.ai,
      weight: it.weight,
      genre: it.genre,
    }));
  return { ngramWeight, signals: { ids: SIGNALS.map((s) => s.id), mean, std, weights }, bias, items };
}

/** p = sigmoid(a·s + b + c·s·ℓ + d·ℓ), fitted on the calibration items. */
export function fitCalibration(items: readonly CalibrationItem[]): { a: number; b: number; c: number; d: number } {
  const x = items.map((it) => {
    const l = lengthTerm(it.words);
    return [it.score, it.score * l, l];
  });
  const fit = fitLogistic(x, items.map((it) => it.ai), items.map((it) => it.weight), [0, 0, 0]);
  return { a: fit.weights[0]!, b: fit.bias, c: fit.weights[1]!, d: fit.weights[2]! };
}
