/**
 * Detection metrics over (score, label) pairs where label true = machine-written. Pure and exact:
 * AUROC by ranks with ties shared, so it equals the probability that a random machine text outscores a
 * random human one.
 */
export interface Scored {
  score: number;
  ai: boolean;
}

export function auroc(items: readonly Scored[]): number | undefined {
  const positives = items.filter((i) => i.ai).length;
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  const sorted = [...items].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.score === sorted[i]!.score) j++;
    const averageRank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) if (sorted[k]!.ai) rankSum += averageRank;
    i = j + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * The lowest threshold whose false-positive rate stays at or below `fpr` ("flag when score > t"), and
 * the true-positive rate it gives.
 */
export function tprAtFpr(items: readonly Scored[], fpr: number): { threshold: number; tpr: number; fpr: number } | undefined {
  const human = items.filter((i) => !i.ai).map((i) => i.score).sort((a, b) => b - a);
  const machine = items.filter((i) => i.ai).map((i) => i.score);
  if (human.length === 0 || machine.length === 0) return undefined;
  const allowed = Math.floor(fpr * human.length);
  // Flagging strictly above the (allowed+1)-th highest human score lets at most `allowed` humans through.
  const threshold = human[Math.min(allowed, human.length - 1)]!;
  const tpr = machine.filter((s) => s > threshold).length / machine.length;
  const actualFpr = human.filter((s) => s > threshold).length / human.length;
  return { threshold, tpr, fpr: actualFpr };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  /** Weighted share of all items in the bin. */
  share: number;
  meanScore: number;
  /** Weighted share of machine-written items in the bin. */
  observed: number;
}

/**
 * Observed machine share against mean probability, per equal-width bin. With `balanced`, each class
 * carries half the weight, so the figures hold at the 50/50 prior the detector is calibrated to,
 * whatever the mix of the evaluation set.
 */
export function reliability(items: readonly Scored[], bins = 10, balanced = false): ReliabilityBin[] {
  const aiCount = items.filter((i) => i.ai).length;
  const humanCount = items.length - aiCount;
  const weightOf = (ai: boolean) => (!balanced ? 1 : ai ? (aiCount ? 0.5 / aiCount : 0) : humanCount ? 0.5 / humanCount : 0);
  const total = items.reduce((s, i) => s + weightOf(i.ai), 0);
  const w = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const positives = new Array<number>(bins).fill(0);
  for (const { score, ai } of items) {
    const b = Math.min(bins - 1, Math.floor(score * bins));
    const weight = weightOf(ai);
    w[b]! += weight;
    confidence[b]! += score * weight;
    if (ai) positives[b]! += weight;
  }
  return w.flatMap((weight, b) => (weight > 0 ? [{ from: b / bins, to: (b + 1) / bins, share: weight / total, meanScore: confidence[b]! / weight, observed: positives[b]! / weight }] : []));
}

/** Expected calibration error over equal-width probability bins (class-balanced with `balanced`). */
export function expectedCalibrationError(items: readonly Scored[], bins = 10, balanced = false): number | undefined {
  if (items.length === 0) return undefined;
  return reliability(items, bins, balanced).reduce((ece, bin) => ece + bin.share * Math.abs(bin.meanScore - bin.observed), 0);
}

export function rate(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}
