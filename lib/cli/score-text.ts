import { detect } from '../detect';
import { plainTextSegments } from '../extract/plain';
import type { DocumentLabel } from '../schema/verdict';
import type { Sensitivity } from '../schema/sensitivity';

export interface TextScore {
  probability: number;
  label: DocumentLabel;
  reason?: string;
}

/** Scores one text as a document of paragraphs: the verdict a user would see for it. */
export function scoreText(text: string, sensitivity: Sensitivity = 'cautious'): TextScore {
  const { document } = detect(plainTextSegments(text), { sensitivity });
  return { probability: document.probability, label: document.label, ...(document.abstain ? { reason: document.abstain } : {}) };
}

/** Whether a verdict accuses the text, in part or whole, of being machine-written. */
export function flags(label: DocumentLabel): boolean {
  return label === 'ai' || label === 'mixed';
}
