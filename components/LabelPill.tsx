import type { DocumentLabel } from '../lib/schema/verdict';
import { labelColor, labelText } from '../lib/report/labels';

export function LabelPill({ label, text }: { label: DocumentLabel; text?: string }) {
  return (
    <span className="label-pill" data-label={label} style={{ background: labelColor(label) }}>
      {text ?? labelText(label)}
    </span>
  );
}
