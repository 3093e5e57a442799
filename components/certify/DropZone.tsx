import { useRef, useState, type ReactNode } from 'react';
import { t } from '../../lib/i18n';

/** A drop area with a keyboard-reachable "Choose files…" button. */
export function DropZone({ label, accept, multiple = true, onFiles, children }: { label: string; accept?: string; multiple?: boolean; onFiles: (files: File[]) => void; children: ReactNode }) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div
      className={`drop${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      <button type="button" className="secondary" onClick={() => input.current?.click()}>
        {t('certify.choose')}
      </button>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept={accept}
        aria-label={label}
        hidden
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </div>
  );
}
