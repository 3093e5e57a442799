import { useEffect, useState } from 'react';
import { certificatePage, disagreements, type Certificate, type Claims, type ScannedImage } from '../../lib/certify';
import { IMAGE_VERDICTS, verdictLine } from '../../lib/report/labels';
import { plural, t } from '../../lib/i18n';
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
import { richText } from '../rich';

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
      else setError(t('certify.certify.recordGone'));
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
          else update(key, { state: 'skipped', reason: t('certify.certify.imageUnread', { error: reply.error }) });
        } else if (read.kind === 'certificate') update(key, { state: 'skipped', reason: t('certify.certify.isCertificate') });
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
      setError(t('certify.certify.signFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="certify-panel" aria-labelledby="certify-title">
      <h3 id="certify-title">{t('certify.certify.title')}</h3>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <DropZone label={t('certify.certify.dropLabel')} onFiles={(files) => void add(files)}>
        <p>{t('certify.certify.dropHelp')}</p>
      </DropZone>
      {items.length > 0 && (
        <ul className="certify-items" aria-label={t('certify.certify.covers')}>
          {items.map((item) => (
            <li key={item.key} data-testid="certify-item" data-state={item.state}>
              <strong>{item.name}</strong>{' '}
              {item.state === 'reading' && <span className="muted">{t('certify.reading')}</span>}
              {item.record && (
                <>
                  <LabelPill label={item.record.verdict.label} text={verdictLine(item.record.verdict.label, item.record.verdict.aiShare, ' · ', item.record.verdict.probability)} />{' '}
                  <span className="muted">{plural('certify.certify.passages', item.record.segments.length)}</span>
                </>
              )}
              {item.image && <span className="muted">{t('certify.certify.image', { verdict: item.image.provenance?.verdict ? IMAGE_VERDICTS[item.image.provenance.verdict].text : t('certify.image.notRead') })}</span>}
              {item.state === 'skipped' && <span className="muted">{t('certify.certify.skipped', { reason: item.reason ?? '' })}</span>}{' '}
              <button type="button" className="link" onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}>
                {t('certify.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {fromRecords.some((r) => r.images.length > 0) && <p className="muted">{plural('certify.certify.pageImages', fromRecords.reduce((n, r) => n + r.images.length, 0))}</p>}
      {unreadImages.length > 0 && <p className="muted">{plural('certify.certify.unreadImages', unreadImages.length, { names: unreadImages.join(', ') })}</p>}
      {(records.length > 0 || images.length > 0) && (
        <>
          <DeclarationForm draft={draft} onChange={setDraft} records={records} />
          {warnings.length > 0 && (
            <div className="warning" role="alert">
              <strong>{t('certify.certify.disagree')}</strong>
              <ul>
                {warnings.map((w) => (
                  <li key={w.text}>{w.text}</li>
                ))}
              </ul>
            </div>
          )}
          {typeof declaration === 'string' && <p className="muted">{declaration}</p>}
          {!identity && <p className="muted">{t('certify.certify.needKey')}</p>}
          <button type="button" className="primary" disabled={!identity || typeof declaration === 'string' || reading || busy} onClick={() => void sign()}>
            {t(busy ? 'certify.certify.signing' : warnings.length ? 'certify.certify.signAnyway' : 'certify.certify.sign')}
          </button>
        </>
      )}
      {signed && (
        <div className="signed" role="status" data-testid="signed">
          <p>{richText('certify.certify.signed', { file: <strong>{signed.fileName}</strong> })}</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => deps.download(signed.fileName, 'application/json', signed.text)}>
              {t('certify.certify.saveAgain')}
            </button>
            <button type="button" className="secondary" onClick={() => deps.download(signed.fileName.replace(/\.json$/, '.html'), 'text/html', certificatePage(signed.certificate.claims))}>
              {t('certify.certify.savePage')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
