import type { DocumentVerdict, SegmentVerdict } from '../lib/schema/verdict';
import { percent, probability } from './format';
import { labelColor, labelText, verdictMeaning } from '../lib/report/labels';
import { PassageList } from './PassageList';
import { imageSummary } from './ImageList';
import type { ImageRecord } from '../lib/schema/record';
import { omissionNotes } from '../lib/report/coverage';

/** Passages shown as the ones that weigh most. */
export const TOP_PASSAGES = 3;

/**
 * The passages that weigh most on the verdict: those labelled AI, most probable first; when none is,
 * the judged passages closest to being labelled AI, so the user sees what was nearest the line.
 */
export function weightiestPassages(segments: readonly SegmentVerdict[], count = TOP_PASSAGES): SegmentVerdict[] {
  const byProbability = (a: SegmentVerdict, b: SegmentVerdict) => b.probability * b.words - a.probability * a.words;
  const flagged = segments.filter((s) => s.label === 'ai').sort(byProbability);
  if (flagged.length > 0) return flagged.slice(0, count);
  return segments.filter((s) => s.label === 'unsure' || s.label === 'human').sort(byProbability).slice(0, count);
}

/** Where the two thresholds lie, so the probability can be read against them. */
function thresholdNote(verdict: DocumentVerdict): string {
  const ai = `Likely AI from ${verdict.threshold.toFixed(2)}`;
  return verdict.humanThreshold === undefined ? ai : `${ai}; Likely human up to ${verdict.humanThreshold < 0.01 ? verdict.humanThreshold.toFixed(3) : verdict.humanThreshold.toFixed(2)}`;
}

export function ProvenanceBadge({ verdict, segments, images = [] }: { verdict: DocumentVerdict; segments: readonly SegmentVerdict[]; images?: readonly ImageRecord[] }) {
  const imageLine = imageSummary(images);
  const color = labelColor(verdict.label);
  const judged = verdict.passages - verdict.abstained;
  const top = weightiestPassages(segments);
  const anyFlagged = segments.some((s) => s.label === 'ai');
  const showsShare = verdict.label === 'ai' || verdict.label === 'mixed';
  return (
    <section className="badge" data-testid="provenance-badge" data-label={verdict.label} aria-label={`Verdict: ${labelText(verdict.label)}`} style={{ borderColor: color }}>
      <header className="badge-head" style={{ background: color }}>
        <span className="badge-label">{labelText(verdict.label)}</span>
        {showsShare && <span className="badge-share">{percent(verdict.aiShare)} AI</span>}
        {verdict.label === 'unsure' && <span className="badge-share">p {probability(verdict.probability)}</span>}
      </header>
      <div className="badge-body">
        <p className={verdict.label === 'unknown' ? 'abstain' : 'meaning'}>{verdictMeaning(verdict)}</p>
        {verdict.label !== 'unknown' && (
          <>
            {showsShare && (
              <p>
                <strong>{percent(verdict.aiShare)}</strong> of the judged words are in passages labelled AI.
              </p>
            )}
            <p>
              Probability that this text is machine-written: <strong>{probability(verdict.probability)}</strong>
              <span className="muted"> ({thresholdNote(verdict)})</span>
            </p>
          </>
        )}
        <p className="muted">
          {verdict.passages} passage{verdict.passages === 1 ? '' : 's'} scanned, {judged} judged
          {verdict.abstained > 0 ? `, ${verdict.abstained} too short or not judged` : ''} · {verdict.words.toLocaleString('en')} words
        </p>
        {omissionNotes(verdict.omitted).map((note) => (
          <p key={note} className="coverage" data-testid="coverage-note">
            {note}
          </p>
        ))}
        <p className="muted">Detectors: {verdict.detectors.map((d) => (d.kind === 'remote' ? `${d.name} (${d.version})` : `${d.name} ${d.version}`)).join(', ')}</p>
        {imageLine && <p className="image-line">{imageLine}</p>}
        {top.length > 0 && (
          <>
            <h3>{anyFlagged ? 'Passages that weigh most' : 'Passages closest to the line'}</h3>
            <PassageList segments={top} />
          </>
        )}
      </div>
    </section>
  );
}
