// Thresholds of the labels, chosen on the calibration split from how the detector labels whole
// documents there (never on the test split).
import { createDetector, passageThreshold, type Detector } from '../../lib/detect';
import type { ModelParams, PresetThresholds } from '../../lib/detect/model';
import { plainTextSegments } from '../../lib/extract/plain';
import type { Sensitivity } from '../../lib/schema/sensitivity';
import { genreOf, type Row } from './data';

/**
 * Human sides that are not reliably human, left out when thresholds are set (they still count in the
 * evaluation): the ~2023 Amazon listings, which the data README warns may include AI-written listings.
 */
const UNRELIABLE_HUMAN = /^product-descriptions-abstracts-aiai-bias\/product description$/;
/** Genres with fewer calibration documents than this are judged together as one. */
export const MIN_GENRE_DOCUMENTS = 40;
/** *Likely human* must be rare for machine text: at most this share of machine documents in any genre… */
export const MAX_MACHINE_BELOW_HUMAN_PER_GENRE = 0.05;
/** …and at most this share of all machine documents pooled. */
export const MAX_MACHINE_BELOW_HUMAN_POOLED = 0.02;

/**
 * What each preset may cost people, on the calibration split: the mean false-positive rate over human
 * genres (each genre counts once, so a large easy genre cannot hide a hard one), and a ceiling per
 * genre that a genre may reach only by a single document (a genre of 40 documents cannot show 1%).
 * The mean is what holds precision; the ceiling stops one hard genre from either setting the
 * threshold for everyone (the old rule) or being sacrificed to the others.
 */
export const PRESET_LIMITS: Record<Sensitivity, { meanFpr: number; genreFpr: number; genreDocuments: number }> = {
  cautious: { meanFpr: 0.005, genreFpr: 0.02, genreDocuments: 1 },
  balanced: { meanFpr: 0.01, genreFpr: 0.04, genreDocuments: 1 },
  sensitive: { meanFpr: 0.02, genreFpr: 0.08, genreDocuments: 2 },
};
/** Machine documents this long count in the objective: shorter ones are too short to judge as documents. */
export const OBJECTIVE_MIN_WORDS = 150;

interface ScoredDocument {
  genre: string;
  ai: boolean;
  probability: number;
  /** The highest probability of a passage judged on its own (0 when none is). */
  maxPassage: number;
  /** Passages judged on their own: their AI threshold rises with their number (passageThreshold). */
  judged: number;
  words: number;
}

export interface ThresholdReport {
  human: { threshold: number; belowPooled: number; belowWorstGenre: { genre: string; share: number }; humanDocumentsLabelledHuman: number };
  presets: Record<Sensitivity, PresetThresholds & { meanFpr: number; worstGenre: { genre: string; fpr: number }; caught: number }>;
}

/** Documents by genre, small genres pooled as "other". */
function byGenre(docs: readonly ScoredDocument[]): Map<string, ScoredDocument[]> {
  const raw = new Map<string, ScoredDocument[]>();
  for (const d of docs) raw.set(d.genre, [...(raw.get(d.genre) ?? []), d]);
  const out = new Map<string, ScoredDocument[]>();
  for (const [genre, list] of raw) {
    const key = list.length >= MIN_GENRE_DOCUMENTS ? genre : 'other';
    out.set(key, [...(out.get(key) ?? []), ...list]);
  }
  return out;
}

/** The highest threshold t with share(p <= t) within the limit: t just below the (k+1)-th smallest. */
function lowQuantileThreshold(probabilities: readonly number[], share: number): number {
  const sorted = [...probabilities].sort((a, b) => a - b);
  const k = Math.floor(share * sorted.length);
  return k >= sorted.length ? 1 : Math.max(0, sorted[k]! - 1e-9);
}

/**
 * Thresholds from the calibration rows as scored by `paramsFor(row)`: the model that never saw the
 * row's source (train-model.ts, SOURCE_FOLDS), so the thresholds hold for sources nobody trained on.
 */
export function chooseThresholds(paramsFor: (row: Row) => ModelParams, rows: readonly Row[], log: (line: string) => void = () => undefined): { thresholds: ModelParams['thresholds']; report: ThresholdReport } {
  const detectors = new Map<ModelParams, Detector>();
  const detectorFor = (row: Row) => {
    const params = paramsFor(row);
    let detector = detectors.get(params);
    if (!detector) {
      detector = createDetector({ ...params, thresholds: { human: 0, presets: { cautious: { document: 1.01, passage: 1.01 }, balanced: { document: 1.01, passage: 1.01 }, sensitive: { document: 1.01, passage: 1.01 } } } });
      detectors.set(params, detector);
    }
    return detector;
  };
  const docs: ScoredDocument[] = [];
  for (const row of rows) {
    if (row.label === 'human' && UNRELIABLE_HUMAN.test(genreOf(row))) continue;
    const { document, segments } = detectorFor(row).detect(plainTextSegments(row.text), { sensitivity: 'cautious' });
    if (document.label === 'unknown') continue;
    const judged = segments.filter((s) => s.label !== 'unknown');
    docs.push({ genre: genreOf(row), ai: row.label === 'ai', probability: document.probability, maxPassage: judged.reduce((m, s) => Math.max(m, s.probability), 0), judged: judged.length, words: document.words });
  }
  const humans = byGenre(docs.filter((d) => !d.ai));
  const machines = byGenre(docs.filter((d) => d.ai));

  // Likely human: low enough that machine documents rarely reach it, per genre and pooled.
  let human = lowQuantileThreshold(docs.filter((d) => d.ai).map((d) => d.probability), MAX_MACHINE_BELOW_HUMAN_POOLED);
  for (const list of machines.values()) human = Math.min(human, lowQuantileThreshold(list.map((d) => d.probability), MAX_MACHINE_BELOW_HUMAN_PER_GENRE));
  const belowShares = [...machines].map(([genre, list]) => ({ genre, share: list.filter((d) => d.probability <= human).length / list.length })).sort((a, b) => b.share - a.share);
  const humanDocs = docs.filter((d) => !d.ai);

  // Presets: the document and passage thresholds that catch the most machine documents of 150+ words
  // (pooled: a genre no threshold can catch should not steer the choice) within the preset's limits on
  // human documents.
  const objective = docs.filter((d) => d.ai && d.words >= OBJECTIVE_MIN_WORDS);
  const candidates = [...new Set(docs.map((d) => Math.round(d.probability * 1000) / 1000))].filter((t) => t >= 0.5).sort((a, b) => a - b);
  const grid = candidates.length > 80 ? candidates.filter((_, i) => i % Math.ceil(candidates.length / 80) === 0) : candidates;
  grid.push(0.999, 0.9999, 1.01);
  const flagged = (d: ScoredDocument, t: PresetThresholds) => d.probability >= t.document || d.maxPassage >= passageThreshold(t.passage, d.judged);
  const presets = {} as ThresholdReport['presets'];
  for (const sensitivity of ['cautious', 'balanced', 'sensitive'] as const) {
    const limit = PRESET_LIMITS[sensitivity];
    let best: ThresholdReport['presets'][Sensitivity] | undefined;
    for (const document of grid) {
      for (const passage of grid) {
        if (passage < document) continue;
        const t = { document, passage };
        let sum = 0;
        let worst = { genre: '', fpr: 0 };
        let ok = true;
        for (const [genre, list] of humans) {
          const fp = list.filter((d) => flagged(d, t)).length;
          const fpr = fp / list.length;
          sum += fpr;
          if (fpr > worst.fpr) worst = { genre, fpr };
          if (fpr > limit.genreFpr && fp > limit.genreDocuments) ok = false;
        }
        const meanFpr = sum / humans.size;
        if (!ok || meanFpr > limit.meanFpr) continue;
        const caught = objective.filter((d) => flagged(d, t)).length / Math.max(1, objective.length);
        if (!best || caught > best.caught) best = { ...t, meanFpr, worstGenre: worst, caught };
      }
    }
    presets[sensitivity] = best ?? { document: 1.01, passage: 1.01, meanFpr: 0, worstGenre: { genre: '', fpr: 0 }, caught: 0 };
    const p = presets[sensitivity];
    log(`${sensitivity}: document ≥ ${p.document}, passage ≥ ${p.passage}; human FPR mean ${(100 * p.meanFpr).toFixed(2)}%, worst ${p.worstGenre.genre} ${(100 * p.worstGenre.fpr).toFixed(1)}%; machine documents of ${OBJECTIVE_MIN_WORDS}+ words caught ${(100 * p.caught).toFixed(1)}%`);
  }
  const report: ThresholdReport = {
    human: {
      threshold: human,
      belowPooled: docs.filter((d) => d.ai && d.probability <= human).length / Math.max(1, docs.filter((d) => d.ai).length),
      belowWorstGenre: belowShares[0] ?? { genre: '', share: 0 },
      humanDocumentsLabelledHuman: humanDocs.filter((d) => d.probability <= human).length / Math.max(1, humanDocs.length),
    },
    presets,
  };
  log(`likely human ≤ ${human.toFixed(4)}: machine documents below it ${(100 * report.human.belowPooled).toFixed(1)}% pooled, worst genre ${report.human.belowWorstGenre.genre} ${(100 * report.human.belowWorstGenre.share).toFixed(1)}%; human documents labelled Likely human ${(100 * report.human.humanDocumentsLabelledHuman).toFixed(1)}%`);
  const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
  const thresholds = {
    human: Math.floor(human * 1e4) / 1e4,
    presets: Object.fromEntries(Object.entries(presets).map(([k, v]) => [k, { document: round4(v.document), passage: round4(v.passage) }])) as Record<Sensitivity, PresetThresholds>,
  };
  return { thresholds, report };
}
