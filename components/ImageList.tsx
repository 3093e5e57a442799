import { t } from '../lib/i18n';
import type { ImageRecord } from '../lib/schema/record';
import { excerpt } from './format';
import { IMAGE_VERDICTS } from '../lib/report/labels';


export { imageSummary } from '../lib/report/images';

export function ImageList({ images, heading = true }: { images: readonly ImageRecord[]; heading?: boolean }) {
  if (images.length === 0) return null;
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
              <div className="muted">{image.provenance ? image.provenance.summary : image.error}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
