import type { DocumentLabel } from '../lib/schema/verdict';
import { LABEL_COLORS, LABEL_TEXT } from './labels';

export function LabelPill({ label, text }: { label: DocumentLabel; text?: string }) {
  return (
    <span className="label-pill" data-label={label} style={{ background: LABEL_COLORS[label] }}>
      {text ?? LABEL_TEXT[label]}
    </span>
  );
}
