import { useRef, useState, type DragEvent } from 'react';
import { MAX_IMAGE_BYTES } from '../../lib/provenance';
import type { ImageProvenance } from '../../lib/schema/provenance';
import type { ProvenanceReply } from '../../lib/provenance/worker-client';
import { IMAGE_VERDICTS } from '../../lib/report/labels';
import { t } from '../../lib/i18n';
import { provenanceNoteText } from '../../lib/ui/provenance-words';
import { ImageEvidence } from '../ImageList';

interface Checked {
  key: string;
  name: string;
  state: 'reading' | 'done' | 'failed';
  provenance?: ImageProvenance;
  error?: string;
}

/**
 * "Check images": files dropped or chosen by the user are read locally by the provenance worker;
 * nothing is uploaded. The reader is passed in so tests can give a stand-in. `heading: null` when the
 * page around it already says "Check images" (the default heading says so).
 */
export function ImageCheck({ read, heading: given }: { read: () => (bytes: ArrayBuffer) => Promise<ProvenanceReply>; heading?: string | null }) {
  const heading = given === undefined ? t('section.images') : given;
  const [items, setItems] = useState<Checked[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const update = (key: string, patch: Partial<Checked>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const check = async (files: readonly File[]) => {
    const reader = read();
    const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
    setItems((list) => [...batch.map(({ file, key }) => ({ key, name: file.name, state: 'reading' as const })), ...list]);
    for (const { file, key } of batch) {
      if (file.size > MAX_IMAGE_BYTES) {
        update(key, { state: 'failed', error: t('dashboard.check.tooLarge', { mb: MAX_IMAGE_BYTES / 1024 / 1024 }) });
        continue;
      }
      try {
        const reply = await reader(await file.arrayBuffer());
        update(key, reply.ok ? { state: 'done', provenance: reply.provenance } : { state: 'failed', error: reply.error });
      } catch (error) {
        update(key, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void check(Array.from(event.dataTransfer.files));
  };

  return (
    <section className="image-check" aria-labelledby={heading ? 'image-check-title' : undefined} aria-label={heading ? undefined : t('section.images')}>
      {heading && <h2 id="image-check-title">{heading}</h2>}
      <div
        className={`drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('dashboard.check.drop')}</p>
        <button type="button" className="secondary" onClick={() => input.current?.click()}>
          {t('dashboard.check.choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept="image/*,application/pdf"
          aria-label={t('dashboard.check.input')}
          hidden
          onChange={(e) => {
            void check(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="images checked">
          {items.map((item) => (
            <li key={item.key} className="image" data-testid="checked-image" data-verdict={item.provenance?.verdict ?? item.state}>
              <strong>{item.state === 'reading' ? t('dashboard.check.reading') : item.provenance ? IMAGE_VERDICTS[item.provenance.verdict].text : t('dashboard.check.failed')}</strong>
              <span className="muted"> · {item.name}</span>
              <ImageEvidence provenance={item.provenance} error={item.error} />
              {item.provenance?.error && <div className="muted">{t('dashboard.check.note', { note: provenanceNoteText(item.provenance.error) })}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
