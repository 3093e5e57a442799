/** A probability for display: two decimals, but never a certainty the model cannot have. */
export function probability(p: number): string {
  if (p > 0.99) return '> 0.99';
  if (p < 0.01) return '< 0.01';
  return p.toFixed(2);
}
