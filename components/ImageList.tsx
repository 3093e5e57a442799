import { useState } from 'react';
import { getLocale, plural, t, type MessageKey } from '../lib/i18n';
import type { ImageRecord } from '../lib/schema/record';
import type { ImageProvenance } from '../lib/schema/provenance';
import { provenanceNoteText, provenanceSummaryText } from '../lib/ui/provenance-words';
import { excerpt } from './format';
import { IMAGE_VERDICTS } from '../lib/report/labels';
import { otherSiteOrigins } from '../lib/report/coverage';

export { imageSummary } from '../lib/report/images';

interface Props {
  images: readonly ImageRecord[];
  /**
   * Asks for the sites hosting the images left unread (a permission prompt) and reads them; resolves
   * to a sentence saying what happened. Absent where nothing can be asked (no button then).
   */
  onReadOtherSites?: (origins: string[]) => Promise<string>;
  /** False where the surrounding fold already names the list. */
  heading?: boolean;
}

const hostOf = (pattern: string) => pattern.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');

export function ImageList({ images, onReadOtherSites, heading = true }: Props) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  if (images.length === 0) return null;
  const origins = otherSiteOrigins(images);
  const otherSite = images.filter((image) => image.notRead === 'other-site').length;
  const readOtherSites = async () => {
    if (!onReadOtherSites) return;
    setBusy(true);
    setNote(null);
    try {
      setNote(await onReadOtherSites(origins));
    } catch (error) {
      setNote(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label={t('images.region')}>
      {heading && <h3>{t('images.heading', { n: images.length })}</h3>}
      <p className="muted">{t('images.note')}</p>
      <ul className="images">
        {images.map((image) => {
          const verdict = image.provenance?.verdict;
          return (
            <li key={image.id} className="image" data-verdict={verdict ?? 'unread'}>
              <strong>{verdict ? IMAGE_VERDICTS[verdict].text : t('images.notRead')}</strong>
              <span className="muted"> · {image.alt ? excerpt(image.alt, 60) : excerpt(image.url.replace(/^data:[^,]*,.*/, t('images.embedded')), 60)}</span>
              <ImageEvidence provenance={image.provenance} error={image.error} notRead={image.notRead} />
            </li>
          );
        })}
      </ul>
      {origins.length > 0 && (
        <div className="other-sites">
          <p className="muted">{plural('images.otherSites', otherSite, { sites: origins.map(hostOf).join(', ') })}</p>
          {onReadOtherSites && (
            <button type="button" className="secondary" disabled={busy} onClick={() => void readOtherSites()}>
              {busy ? t('images.reading') : t('images.readOtherSites')}
            </button>
          )}
        </div>
      )}
      {/* Outside the block above: once every image is read, the block goes and the note stays. */}
      {note && <p role="status">{note}</p>}
    </section>
  );
}

/**
 * What an image's provenance says, in the reader's language. The record keeps the provenance reader's
 * summary as it wrote it (English, with signer and generator names). Its fixed sentences are said in
 * the reader's language (lib/ui/provenance-words.ts); a summary quoting the file's own data is shown to
 * an English reader as it is, and to any other reader after its meaning in their language, marked as
 * English so a screen reader pronounces it right. Shared by the popup and Check images.
 */
export function ImageEvidence({ provenance, error, notRead }: { provenance: Pick<ImageProvenance, 'verdict' | 'summary'> | null | undefined; error?: string; notRead?: ImageRecord['notRead'] }) {
  if (notRead === 'other-site') return <div className="muted">{t('images.otherSiteReason')}</div>;
  if (!provenance) return error ? <div className="muted">{provenanceNoteText(error)}</div> : null;
  const said = provenanceSummaryText(provenance);
  if (getLocale() === 'en' || said !== provenance.summary) return <div className="muted">{said}</div>;
  return (
    <div className="muted">
      {t(`image.meaning.${provenance.verdict}` as MessageKey)}{' '}
      <span lang="en">{t('images.evidence', { summary: provenance.summary })}</span>
    </div>
  );
}
