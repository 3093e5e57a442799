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

/** Expected calibration error over equal-width probability bins. */
export function expectedCalibrationError(items: readonly Scored[], bins = 10): number | undefined {
  if (items.length === 0) return undefined;
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const positives = new Array<number>(bins).fill(0);
  for (const { score, ai } of items) {
    const b = Math.min(bins - 1, Math.floor(score * bins));
    count[b]!++;
    confidence[b]! += score;
    if (ai) positives[b]!++;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b]) ece += (count[b]! / items.length) * Math.abs(confidence[b]! / count[b]! - positives[b]! / count[b]!);
  }
  return ece;
}

export function rate(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}
