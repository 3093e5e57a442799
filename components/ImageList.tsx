import type { ImageRecord } from '../lib/schema/record';
import { excerpt } from './format';
import { IMAGE_VERDICTS } from '../lib/report/labels';


export { imageSummary } from '../lib/report/images';

export function ImageList({ images }: { images: readonly ImageRecord[] }) {
  if (images.length === 0) return null;
  return (
    <section aria-label="Images">
      <h3>Images ({images.length})</h3>
      <p className="muted">No provenance data proves nothing either way: most images carry none.</p>
      <ul className="images">
        {images.map((image) => {
          const verdict = image.provenance?.verdict;
          return (
            <li key={image.id} className="image" data-verdict={verdict ?? 'unread'}>
              <strong>{verdict ? IMAGE_VERDICTS[verdict].text : 'Not read'}</strong>
              <span className="muted"> · {image.alt ? excerpt(image.alt, 60) : excerpt(image.url.replace(/^data:[^,]*,.*/, 'embedded image'), 60)}</span>
              <div className="muted">{image.provenance ? image.provenance.summary : image.error}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
