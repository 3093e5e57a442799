import { decimal } from '../i18n';

/**
 * A probability for display: two decimals with the reader's decimal mark ("0.42", "0,42"), but never
 * a certainty the model cannot have.
 */
export function probability(p: number): string {
  if (p > 0.99) return `> ${decimal(0.99, 2)}`;
  if (p < 0.01) return `< ${decimal(0.01, 2)}`;
  return decimal(p, 2);
}
