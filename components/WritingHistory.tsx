import { describeProcess } from '../lib/platforms/docs/revisions';
import type { WritingProcess } from '../lib/schema/process';
import type { SegmentVerdict } from '../lib/schema/verdict';
import { excerpt } from './format';

/**
 * How the text got into the document (Google Docs' revision history), as its own kind of evidence
 * beside the text statistics: it never changed a probability, and its absence is stated, not guessed.
 */
export function WritingHistory({ process, segments }: { process: WritingProcess; segments: readonly SegmentVerdict[] }) {
  const byId = new Map(segments.map((s) => [s.id, s]));
  return (
    <section aria-label="Writing history">
      <h3>Writing history</h3>
      {!process.available ? (
        <p className="muted">Not available: {process.reason ?? 'unknown reason'} Assay does not guess.</p>
      ) : process.evidence.length === 0 ? (
        <p className="muted">Read ({process.inserts.toLocaleString('en')} edits): no passage arrived in one paste or in a burst faster than typing.</p>
      ) : (
        <>
          <p className="muted">How text got into the document, not who wrote it: people paste their own drafts too.</p>
          <ul className="process">
            {process.evidence.map((e) => (
              <li key={e.segmentId}>
                “{excerpt(byId.get(e.segmentId)?.text ?? e.text, 90)}” {describeProcess(e)}
                {byId.get(e.segmentId)?.label === 'ai' ? ' · also labelled AI by the text' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
