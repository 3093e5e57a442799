import type { DocumentVerdict, SegmentVerdict } from '../lib/schema/verdict';
import type { ImageRecord, RemoteSummary } from '../lib/schema/record';
import { percent, probability } from './format';
import { labelColor, labelText, verdictMeaning } from '../lib/report/labels';
import { decimal, plural, t } from '../lib/i18n';
import { PassageList } from './PassageList';
import { imageSummary } from './ImageList';
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
  const ai = decimal(verdict.threshold, 2);
  if (verdict.humanThreshold === undefined) return t('verdict.thresholdAi', { ai });
  return t('verdict.thresholdBoth', { ai, human: decimal(verdict.humanThreshold, verdict.humanThreshold < 0.01 ? 3 : 2) });
}

/** "12 passages scanned, 10 judged, 2 too short or not judged · 1,234 words". */
export function countsLine(verdict: DocumentVerdict): string {
  const judged = verdict.passages - verdict.abstained;
  return `${plural('verdict.counts', verdict.passages, { judged })}${verdict.abstained > 0 ? t('verdict.notJudged', { n: verdict.abstained }) : ''} · ${plural('verdict.words', verdict.words)}`;
}

/** The detectors behind a verdict, by name and version. */
export function detectorsLine(verdict: DocumentVerdict): string {
  // The local detector is Assay's own: its name is said in the reader's language; a provider's is its own.
  return t('verdict.detectors', { list: verdict.detectors.map((d) => (d.kind === 'remote' ? `${d.name} (${d.version})` : `${t('remote.local')} ${d.version}`)).join(', ') });
}

/**
 * The verdict with its meaning and counts, then (unless `passages` is false, as in the popup, which
 * shows them in a section of their own) the passages that weigh most.
 */
export function ProvenanceBadge({
  verdict,
  segments,
  images = [],
  remote,
  passages = true,
}: {
  verdict: DocumentVerdict;
  segments: readonly SegmentVerdict[];
  images?: readonly ImageRecord[];
  remote?: RemoteSummary;
  passages?: boolean;
}) {
  const imageLine = imageSummary(images);
  const color = labelColor(verdict.label);
  const top = weightiestPassages(segments);
  const anyFlagged = segments.some((s) => s.label === 'ai');
  const showsShare = verdict.label === 'ai' || verdict.label === 'mixed';
  const combined = remote && !remote.localOnly && verdict.detectors.length > 1;
  return (
    <section className="badge" data-testid="provenance-badge" data-label={verdict.label} aria-label={t('verdict.aria', { label: labelText(verdict.label) })} style={{ borderColor: color }}>
      <header className="badge-head" style={{ background: color }}>
        <span className="badge-label">{labelText(verdict.label)}</span>
        {showsShare && <span className="badge-share">{t('verdict.share', { share: percent(verdict.aiShare) })}</span>}
        {verdict.label === 'unsure' && <span className="badge-share">{t('verdict.p', { p: probability(verdict.probability) })}</span>}
      </header>
      <div className="badge-body">
        <p className={verdict.label === 'unknown' ? 'abstain' : 'meaning'}>{verdictMeaning(verdict)}</p>
        {verdict.label !== 'unknown' && (
          <>
            {showsShare && <p>{t('verdict.shareLine', { share: percent(verdict.aiShare) })}</p>}
            <p>
              {t('verdict.probability', { p: probability(verdict.probability) })}
              <span className="muted"> ({thresholdNote(verdict)})</span>
            </p>
          </>
        )}
        <p className="muted" data-testid="counts">
          {countsLine(verdict)}
        </p>
        {omissionNotes(verdict.omitted).map((note) => (
          <p key={note} className="coverage" data-testid="coverage-note">
            {note}
          </p>
        ))}
        {combined && (
          <p className="combined" data-testid="combined">
            {t('verdict.combined', { detectors: verdict.detectors.filter((d) => d.kind === 'remote').map((d) => d.name).join(', '), label: labelText(verdict.label), p: probability(verdict.probability) })}
            <span className="muted"> · {t('verdict.localAlone', { label: labelText(remote.local.label), p: probability(remote.local.probability) })}</span>
          </p>
        )}
        {remote?.localOnly && (
          <p className="muted" data-testid="combined">
            {t('verdict.localOnly')}
          </p>
        )}
        {imageLine && <p className="image-line">{imageLine}</p>}
        {passages && (
          <>
            <p className="muted">{detectorsLine(verdict)}</p>
            {top.length > 0 && (
              <>
                <h3>{anyFlagged ? t('passages.weighMost') : t('passages.closest')}</h3>
                <PassageList segments={top} />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}

