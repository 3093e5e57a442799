import { reasonText } from '../lib/report/reasons';
import { plural, t } from '../lib/i18n';
import { abstainText } from '../lib/report/abstain';
import type { SegmentVerdict } from '../lib/schema/verdict';
import { excerpt, probability } from './format';
import { labelColor, leaning, passageLabelText } from '../lib/report/labels';

/** Passages with their verdicts and reasons; scanned text is only ever rendered as text. */
export function PassageList({ segments, limit }: { segments: readonly SegmentVerdict[]; limit?: number }) {
  const shown = limit === undefined ? segments : segments.slice(0, limit);
  if (shown.length === 0) return <p className="muted">{t('passages.none')}</p>;
  return (
    <ol className="passages">
      {shown.map((segment) => (
        <li key={segment.id} className="passage" data-label={segment.label}>
          <div className="passage-head">
            <span className="dot" style={{ background: labelColor(segment.label) }} aria-hidden="true" />
            <strong>{passageLabelText(segment.label)}</strong>
            {segment.label === 'unsure' && <span className="muted"> · {leaning(segment.probability)}</span>}
            {segment.label !== 'unknown' && <span className="muted"> · {t('passages.probability', { p: probability(segment.probability) })}</span>}
            <span className="muted"> · {plural('verdict.words', segment.words)}</span>
          </div>
          {segment.textHash && !segment.text ? (
            <p className="muted passage-text" title={`SHA-256 ${segment.textHash}`}>
              {t('passages.textNotKept')}
            </p>
          ) : (
            <blockquote className="passage-text">{excerpt(segment.text, 220)}</blockquote>
          )}
          {segment.abstain ? (
            <p className="muted">{abstainText(segment.abstain)}</p>
          ) : (
            <ul className="reasons">
              {segment.reasons.map((reason) => (
                <li key={reason.signal} className={reason.weight > 0 ? 'towards-ai' : reason.weight < 0 ? 'towards-human' : ''}>
                  {reasonText(reason)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
