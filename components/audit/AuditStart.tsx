import { useRef, useState, type DragEvent } from 'react';
import { entriesOfDrop, filesOfDrop, filesOfInput, isSystemFile, parseAddresses, type PickedFile } from './files';

interface Props {
  disabled: boolean;
  onStart(files: PickedFile[], urls: string[]): void;
}

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
    if (left) parts.push(`${left} system file${left === 1 ? '' : 's'} (.DS_Store, __MACOSX…) left out`);
    if (failures.length) parts.push(`${failures.length} file${failures.length === 1 ? '' : 's'} the browser would not hand over: ${failures.slice(0, 3).join(', ')}`);
    setNote(parts.length ? `${parts.join('; ')}.` : null);
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
        <p>
          Drop files or whole folders here: .txt, .md, .html, .docx, .odt, .pdf, .eml, images and .zip archives. A folder per freelancer or project groups the results. Everything is read on
          this computer; nothing is uploaded.
        </p>
        <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
          Choose files…
        </button>{' '}
        <button type="button" className="secondary" onClick={() => folderInput.current?.click()}>
          Choose a folder…
        </button>
        <input ref={fileInput} type="file" multiple hidden aria-label="Files to audit" onChange={(e) => (add(filesOfInput(e.target.files)), (e.target.value = ''))} />
        <input
          ref={folderInput}
          type="file"
          hidden
          aria-label="Folder to audit"
          {...({ webkitdirectory: '', directory: '' } as Record<string, string>)}
          onChange={(e) => (add(filesOfInput(e.target.files)), (e.target.value = ''))}
        />
      </div>
      <label className="audit-urls">
        Page addresses, one a line (Chrome asks you to allow exactly those sites when the audit starts)
        <textarea rows={3} value={addresses} onChange={(e) => setAddresses(e.target.value)} placeholder="https://client.example/blog/post" />
      </label>
      {rejected.length > 0 && <p className="muted">Not an http(s) address, left out: {rejected.slice(0, 5).join(', ')}</p>}
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
          Start audit{total ? ` of ${total} item${total === 1 ? '' : 's'}` : ''}
        </button>
        {files.length > 0 && (
          <>
            <span className="muted">
              {files.length} file{files.length === 1 ? '' : 's'} ready
            </span>
            <button type="button" className="link" onClick={() => setFiles([])}>
              Clear
            </button>
          </>
        )}
      </div>
    </div>
  );
}
