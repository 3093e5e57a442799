import { useEffect, useState } from 'react';
import { certificatePage, type GivenDocument, type GivenImage, type VerifyResult } from '../../lib/certify';
import { IMAGE_VERDICTS } from '../../lib/report/labels';
import { acceptNewKey, givenFromRecord, givenImage, givenRecordImages, verifyAndKeep } from '../../lib/ui/certificates';
import { readDroppedFile } from '../../lib/ui/dropped-files';
import { ErrorMessage } from '../ErrorMessage';
import { DropZone } from './DropZone';
import { VerifyResultView } from './VerifyResultView';
import { errorText, type CertifyDeps } from './deps';
import { t } from '../../lib/i18n';

interface Content {
  key: string;
  name: string;
  state: 'reading' | 'ready' | 'skipped';
  document?: GivenDocument;
  image?: GivenImage;
  /** An image's provenance now, in words. */
  now?: string;
  reason?: string;
}

/**
 * Verify: a certificate and the content it should belong to — dropped files, or the page, Doc or
 * message the popup sent (its stored scan) — checked on this computer. The content is scanned again
 * by the one scan service, so the scan at signing and the scan now stand side by side.
 */
export function VerifyPanel({ deps, recordId }: { deps: CertifyDeps; recordId?: string }) {
  const [certificate, setCertificate] = useState<{ name: string; text: string } | null>(null);
  const [content, setContent] = useState<Content[]>([]);
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!recordId) return;
    void deps.db.records.get(recordId).then((record) => {
      if (record)
        setContent([
          { key: `record-${record.id}`, name: record.source.title || record.source.url, state: 'ready', document: givenFromRecord(record) },
          // The page's images as its scan read them: their files' hashes.
          ...givenRecordImages(record).map((image, i) => ({ key: `record-${record.id}-image-${i}`, name: image.name, state: 'ready' as const, image })),
        ]);
      else setError(t('certify.verify.recordGone'));
    });
  }, [deps.db, recordId]);

  const update = (key: string, patch: Partial<Content>) => setContent((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const add = async (files: readonly File[]) => {
    setResult(null);
    for (const [i, file] of files.entries()) {
      const key = `${Date.now()}-${i}-${file.name}`;
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const read = await readDroppedFile(file.name, bytes, deps.parseHtml);
        if (read.kind === 'certificate') {
          setCertificate({ name: file.name, text: read.text });
          continue;
        }
        setContent((list) => [...list, { key, name: file.name, state: 'reading' }]);
        if (read.kind === 'document') {
          const record = await deps.scan(read.deliverable);
          update(key, { state: 'ready', document: givenFromRecord(record, file.name) });
        } else if (read.kind === 'image') {
          const reply = await deps.readImage(bytes.slice().buffer);
          update(key, { state: 'ready', image: await givenImage(file.name, bytes), ...(reply.ok ? { now: IMAGE_VERDICTS[reply.provenance.verdict].text } : {}) });
        } else update(key, { state: 'skipped', reason: read.reason });
      } catch (e) {
        update(key, { state: 'skipped', reason: errorText(e) });
      }
    }
  };

  const verify = async () => {
    if (!certificate) return;
    setBusy(true);
    setError(null);
    try {
      const documents = content.flatMap((c) => (c.state === 'ready' && c.document ? [c.document] : []));
      const images = content.flatMap((c) => (c.state === 'ready' && c.image ? [c.image] : []));
      setResult(await verifyAndKeep(deps.db, certificate.text, documents, images));
    } catch (e) {
      setError(t('certify.verify.failed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const nowImages = Object.fromEntries(content.flatMap((c) => (c.image && c.now ? [[c.name, c.now]] : [])));
  const reading = content.some((c) => c.state === 'reading');
  return (
    <section className="verify-panel" aria-labelledby="verify-title">
      <h3 id="verify-title">{t('certify.verify.title')}</h3>
      {error && <ErrorMessage message={error} onDismiss={() => setError(null)} />}
      <DropZone label={t('certify.verify.dropLabel')} onFiles={(files) => void add(files)}>
        <p>{t('certify.verify.dropHelp')}</p>
      </DropZone>
      <ul className="verify-inputs" aria-label={t('certify.verify.inputs')}>
        <li>
          {t('certify.verify.certificate')} {certificate ? <strong>{certificate.name}</strong> : <span className="muted">{t('certify.verify.noneYet')}</span>}
        </li>
        {content.map((c) => (
          <li key={c.key} data-testid="verify-content" data-state={c.state}>
            {c.name} {c.state === 'reading' ? <span className="muted">{t('certify.reading')}</span> : c.state === 'skipped' ? <span className="muted">{t('certify.verify.skipped', { reason: c.reason ?? '' })}</span> : null}{' '}
            <button type="button" className="link" onClick={() => setContent((list) => list.filter((x) => x.key !== c.key))}>
              {t('certify.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="primary" disabled={!certificate || reading || busy} onClick={() => void verify()}>
        {t(busy ? 'certify.verify.checking' : 'certify.verify.verify')}
      </button>
      {!content.some((c) => c.state === 'ready') && certificate && <p className="muted">{t('certify.verify.signatureOnly')}</p>}
      {result && (
        <>
          <VerifyResultView
            result={result}
            nowImages={nowImages}
            onAcceptKey={async () => {
              await acceptNewKey(deps.db, result);
              await verify();
            }}
          />
          {result.claims && (
            <button type="button" className="secondary" onClick={() => deps.download(`${certificate?.name.replace(/\.assay\.json$/i, '') ?? 'certificate'}.verification.html`, 'text/html', certificatePage(result.claims!, { verification: result, thumbprint: result.thumbprint }))}>
              {t('certify.verify.savePage')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
