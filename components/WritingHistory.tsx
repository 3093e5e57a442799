import { decimal, plural, t } from '../lib/i18n';
import type { ProcessEvidence, WritingProcess } from '../lib/schema/process';
import type { SegmentVerdict } from '../lib/schema/verdict';
import { processReasonText } from '../lib/ui/writing-history';
import { slots, When, withElements } from './rich';
import { excerpt } from './format';

/** How one passage arrived: in one paste, or typed faster than a person types, and when. */
function arrival(item: ProcessEvidence) {
  const when = { when: <When at={item.at} /> };
  const speed = item.charsPerSecond === undefined ? '' : Number.isInteger(item.charsPerSecond) ? item.charsPerSecond : decimal(item.charsPerSecond, 1);
  const message = item.kind === 'paste' ? plural('dashboard.history.paste', item.chars, slots(when)) : plural('dashboard.history.burst', item.chars, { speed, ...slots(when) });
  return withElements(message, when);
}

/**
 * How the text got into the document (Google Docs' revision history), as its own kind of evidence
 * beside the text statistics: it never changed a probability, and its absence is stated, not guessed.
 */
export function WritingHistory({ process, segments }: { process: WritingProcess; segments: readonly SegmentVerdict[] }) {
  const byId = new Map(segments.map((s) => [s.id, s]));
  return (
    <section aria-label={t('dashboard.history.title')}>
      <h3>{t('dashboard.history.title')}</h3>
      {!process.available ? (
        <p className="muted">{t('dashboard.history.unavailable', { reason: processReasonText(process.reason) })}</p>
      ) : process.evidence.length === 0 ? (
        <p className="muted">{plural('dashboard.history.quiet', process.inserts)}</p>
      ) : (
        <>
          <p className="muted">{t('dashboard.history.meaning')}</p>
          <ul className="process">
            {process.evidence.map((e) => (
              <li key={e.segmentId}>
                “{excerpt(byId.get(e.segmentId)?.text ?? e.text, 90)}” {arrival(e)}
                {byId.get(e.segmentId)?.label === 'ai' ? ` · ${t('dashboard.history.alsoAi')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
