import type { ProvenanceVerdict } from '../lib/provenance/schema';
import type { ImageRecord } from '../lib/store/schema';
import { excerpt } from './format';

export const IMAGE_VERDICT_TEXT: Record<ProvenanceVerdict, string> = {
  'ai-generated': 'AI-generated',
  'ai-edited': 'AI-edited / composite',
  captured: 'Captured (camera)',
  'edited-origin-unknown': 'Edited, origin not stated',
  'credentials-invalid': 'Credentials invalid',
  'no-provenance': 'No provenance data',
};

export { imageSummary } from '../lib/provenance/summary';

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
              <strong>{verdict ? IMAGE_VERDICT_TEXT[verdict] : 'Not read'}</strong>
              <span className="muted"> · {image.alt ? excerpt(image.alt, 60) : excerpt(image.url.replace(/^data:[^,]*,.*/, 'embedded image'), 60)}</span>
              <div className="muted">{image.provenance ? image.provenance.summary : image.error}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
