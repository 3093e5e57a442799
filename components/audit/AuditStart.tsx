import { useRef, useState, type DragEvent } from 'react';
import { plural, t } from '../../lib/i18n';
import { entriesOfDrop, filesOfDrop, filesOfInput, isSystemFile, parseAddresses, type PickedFile } from './files';

interface Props {
  disabled: boolean;
  onStart(files: PickedFile[], urls: string[]): void;
}

/** Files the browser would not hand over, named in the note: the count says how many more. */
const FAILURES_SHOWN = 3;
/** Lines that are not addresses, named back: enough to spot the mistake. */
const REJECTED_SHOWN = 5;

/** Files, folders and page addresses in; nothing is read until the user presses Start. */
export function AuditStart({ disabled, onStart }: Props) {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [addresses, setAddresses] = useState('');
  const [dragging, setDragging] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const add = (picked: PickedFile[], failures: string[] = []) => {
    const kept = picked.filter((p) => !isSystemFile(p.path));
    setFiles((list) => {
      const known = new Set(list.map((f) => f.path));
      return [...list, ...kept.filter((p) => !known.has(p.path))];
    });
    const left = picked.length - kept.length;
    const parts = [];
    if (left) parts.push(plural('audit.systemFiles', left));
    if (failures.length) parts.push(plural('audit.withheld', failures.length, { list: failures.slice(0, FAILURES_SHOWN).join(', ') }));
    setNote(parts.length ? t('audit.pickNote', { parts: parts.join('; ') }) : null);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = entriesOfDrop(event.dataTransfer);
    void filesOfDrop(dropped).then(({ files: picked, failures }) => add(picked, failures));
  };

  const { urls, rejected } = parseAddresses(addresses);
  const total = files.length + urls.length;

  return (
    <div className="audit-start">
      <div
        className={`drop${dragging ? ' dragging' : ''}`}
        data-testid="audit-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('audit.drop')}</p>
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
          {t('audit.chooseFiles')}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => folderInput.current?.click()}>
          {t('audit.chooseFolder')}
        </button>
        <input ref={fileInput} type="file" multiple hidden aria-label={t('audit.filesInput')} onChange={(e) => (add(filesOfInput(e.target.files)), (e.target.value = ''))} />
        <input
          ref={folderInput}
          type="file"
          hidden
          aria-label={t('audit.folderInput')}
          {...({ webkitdirectory: '', directory: '' } as Record<string, string>)}
          onChange={(e) => (add(filesOfInput(e.target.files)), (e.target.value = ''))}
        />
      </div>
      <label className="audit-urls">
        {t('audit.urls')}
        <textarea rows={3} value={addresses} onChange={(e) => setAddresses(e.target.value)} placeholder={t('audit.urls.example')} />
      </label>
      {rejected.length > 0 && <p className="muted">{t('audit.urls.rejected', { list: rejected.slice(0, REJECTED_SHOWN).join(', ') })}</p>}
      {note && <p className="muted">{note}</p>}
      <div className="audit-start-actions">
        <button
          type="button"
          className="primary"
          disabled={disabled || total === 0}
          onClick={() => {
            onStart(files, urls);
            setFiles([]);
            setAddresses('');
            setNote(null);
          }}
        >
          {total ? plural('audit.startOf', total) : t('audit.start')}
        </button>
        {files.length > 0 && (
          <>
            <span className="muted">{plural('audit.ready', files.length)}</span>
            <button type="button" className="link" onClick={() => setFiles([])}>
              {t('audit.clear')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
