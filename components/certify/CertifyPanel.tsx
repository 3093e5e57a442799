import { useEffect, useState } from 'react';
import { certificatePage, disagreements, type Certificate, type Claims, type ScannedImage } from '../../lib/certify';
import { verdictLine } from '../../lib/report/labels';
import type { ScanRecord } from '../../lib/schema/record';
import { currentIdentity } from '../../lib/store/identities';
import { recordImages, scannedImage, signAndKeep } from '../../lib/ui/certificates';
import { readDroppedFile } from '../../lib/ui/dropped-files';
import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorMessage } from '../ErrorMessage';
import { LabelPill } from '../LabelPill';
import { DeclarationForm, declarationOf, emptyDraft, type DeclarationDraft } from './DeclarationForm';
import { DropZone } from './DropZone';
import { errorText, type CertifyDeps } from './deps';

interface Item {
  key: string;
  name: string;
  state: 'reading' | 'ready' | 'skipped';
  record?: ScanRecord;
  image?: ScannedImage;
  reason?: string;
}

/** The scan-shaped view of what is being certified, for the disagreement warnings before signing. */
function scanView(records: readonly ScanRecord[], images: readonly ScannedImage[]): { scan: Pick<Claims['scan'], 'documents' | 'images'>; subject: Pick<Claims['subject'], 'documents'> } {
  return {
    scan: {
      documents: records.map((r) => ({ label: r.verdict.label, probability: r.verdict.probability, aiShare: r.verdict.aiShare, passages: r.segments.map((s) => ({ label: s.label, probability: s.probability })) })),
      images: images.map((i) => ({ verdict: i.provenance?.verdict ?? null, summary: '' })),
    },
    subject: { documents: records.map((r) => ({ name: r.source.title, source: { kind: r.source.kind }, sha256: r.contentHash, words: 0, passages: [] })) },
  };
}

/**
 * Certify: what is delivered (the record the popup sent, or dropped files, each scanned by the one scan
 * service), how AI was used, a warning where that disagrees with the scan, then sign and save.
 */
export function CertifyPanel({ deps, recordId }: { deps: CertifyDeps; recordId?: string }) {
  const identity = useLiveQuery(() => currentIdentity(deps.db), [deps.db]);
  const [items, setItems] = useState<Item[]>([]);
  const [draft, setDraft] = useState<DeclarationDraft>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const [signed, setSigned] = useState<{ certificate: Certificate; text: string; fileName: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!recordId) return;
    void deps.db.records.get(recordId).then((record) => {
      if (record) setItems([{ key: `record-${record.id}`, name: record.source.title || record.source.url, state: 'ready', record }]);
      else setError('The scan to certify is no longer stored: scan the page again from the popup.');
    });
  }, [deps.db, recordId]);

  const update = (key: string, patch: Partial<Item>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const add = async (files: readonly File[]) => {
    setSigned(null);
    const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
    setItems((list) => [...list, ...batch.map(({ file, key }) => ({ key, name: file.name, state: 'reading' as const }))]);
    for (const { file, key } of batch) {
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const read = await readDroppedFile(file.name, bytes, deps.parseHtml);
        if (read.kind === 'document') update(key, { state: 'ready', record: await deps.scan(read.deliverable) });
        else if (read.kind === 'image') {
          const reply = await deps.readImage(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
          if (reply.ok) update(key, { state: 'ready', image: scannedImage(file.name, bytes.length, reply.provenance) });
          else update(key, { state: 'skipped', reason: `its provenance could not be read: ${reply.error}` });
        } else if (read.kind === 'certificate') update(key, { state: 'skipped', reason: 'a certificate: check it under Verify a certificate' });
        else update(key, { state: 'skipped', reason: read.reason });
      } catch (e) {
        update(key, { state: 'skipped', reason: errorText(e) });
      }
    }
  };

  const records = items.flatMap((i) => (i.state === 'ready' && i.record ? [i.record] : []));
  // A page's images as its scan read them (hashed), beside dropped images; those not read are named below.
  const fromRecords = records.map(recordImages);
  const images = [...fromRecords.flatMap((r) => r.images), ...items.flatMap((i) => (i.state === 'ready' && i.image ? [i.image] : []))];
  const unreadImages = fromRecords.flatMap((r) => r.unread);
  const declaration = declarationOf(draft, images.length);
  const view = scanView(records, images);
  const warnings = typeof declaration === 'string' ? [] : disagreements(declaration, view.scan, view.subject);
  const reading = items.some((i) => i.state === 'reading');

  const sign = async () => {
    if (!identity || typeof declaration === 'string') return;
    setBusy(true);
    setError(null);
    try {
      const result = await signAndKeep(deps.db, { identity, records, images, declaration, ...(recordId ? { recordId } : {}) });
      deps.download(result.fileName, 'application/json', result.text);
      setSigned(result);
    } catch (e) {
      setError(`Nothing was signed: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="certify-panel" aria-labelledby="certify-title">
      <h3 id="certify-title">Certify what you deliver</h3>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <DropZone label="Files to certify" onFiles={(files) => void add(files)}>
        <p>Drop the files you deliver (.txt, .md, .html, images), or press Certify in the popup on a page, Google Doc or mail draft. They are scanned on this computer; nothing is uploaded.</p>
      </DropZone>
      {items.length > 0 && (
        <ul className="certify-items" aria-label="What this certificate covers">
          {items.map((item) => (
            <li key={item.key} data-testid="certify-item" data-state={item.state}>
              <strong>{item.name}</strong>{' '}
              {item.state === 'reading' && <span className="muted">reading and scanning…</span>}
              {item.record && (
                <>
                  <LabelPill label={item.record.verdict.label} text={verdictLine(item.record.verdict.label, item.record.verdict.aiShare, ' · ', item.record.verdict.probability)} />{' '}
                  <span className="muted">{item.record.segments.length} passages</span>
                </>
              )}
              {item.image && <span className="muted">image · {item.image.provenance?.summary}</span>}
              {item.state === 'skipped' && <span className="muted">not included: {item.reason}</span>}{' '}
              <button type="button" className="link" onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {fromRecords.some((r) => r.images.length > 0) && <p className="muted">With the page’s {fromRecords.reduce((n, r) => n + r.images.length, 0)} image(s) as its scan read them (their files’ hashes).</p>}
      {unreadImages.length > 0 && <p className="muted">Not covered: {unreadImages.join(', ')} (the scan could not read {unreadImages.length === 1 ? 'this image' : 'these images'}).</p>}
      {(records.length > 0 || images.length > 0) && (
        <>
          <DeclarationForm draft={draft} onChange={setDraft} records={records} />
          {warnings.length > 0 && (
            <div className="warning" role="alert">
              <strong>Your declaration and Assay’s scan disagree.</strong>
              <ul>
                {warnings.map((w) => (
                  <li key={w.text}>{w.text}</li>
                ))}
              </ul>
            </div>
          )}
          {typeof declaration === 'string' && <p className="muted">{declaration}</p>}
          {!identity && <p className="muted">Create or restore your signing key above to sign.</p>}
          <button type="button" className="primary" disabled={!identity || typeof declaration === 'string' || reading || busy} onClick={() => void sign()}>
            {busy ? 'Signing…' : warnings.length ? 'Sign anyway, with the scan beside my declaration' : 'Sign and save the certificate'}
          </button>
        </>
      )}
      {signed && (
        <div className="signed" role="status" data-testid="signed">
          <p>
            Signed. Saved as <strong>{signed.fileName}</strong>: attach it to what you deliver.
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => deps.download(signed.fileName, 'application/json', signed.text)}>
              Save the certificate again
            </button>
            <button type="button" className="secondary" onClick={() => deps.download(signed.fileName.replace(/\.json$/, '.html'), 'text/html', certificatePage(signed.certificate.claims))}>
              Save the certificate page (to print or send as PDF)
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
