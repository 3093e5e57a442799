import { decimal, getLocale, intlTag, plural, t, type MessageKey } from '../i18n';
import { IMAGE_VERDICTS, LABELS, passageLabelText } from '../report/labels';
import { declarationLines } from './declaration';
import { spokenFingerprint } from './fingerprint';
import type { Claims } from './format';
import { changeSummary, type VerifyResult } from './verify';

/**
 * The certificate as a readable page: one self-contained HTML file (no script, no remote resource)
 * that prints to PDF, with the key's fingerprint as words. Every value from the claims is escaped:
 * a certificate is hostile input on the client's side.
 */

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** An escaped message with HTML in its `{name}` placeholders (a pill, a code span), put in after escaping. */
function html(key: MessageKey, params: Record<string, string | number>, markup: Record<string, string>): string {
  let out = esc(t(key, params));
  for (const [name, value] of Object.entries(markup)) out = out.split(`{${name}}`).join(value);
  return out;
}

/** A moment in UTC, in the reader's language, as a <time> element: the page may be read anywhere. */
function utc(when: string | number): string {
  const at = new Date(when);
  const text = `${at.toLocaleString(intlTag(), { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' })} UTC`;
  return `<time datetime="${esc(at.toISOString())}">${esc(text)}</time>`;
}

const SENSITIVITY: Record<string, MessageKey> = { cautious: 'sensitivity.cautious', balanced: 'sensitivity.balanced', sensitive: 'sensitivity.sensitive' };

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#111827;max-width:780px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #e5e7eb}
.muted{color:#4b5563}.words{font-size:1.2rem;font-weight:600;letter-spacing:.02em}
code{font-size:.8rem;word-break:break-all}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #f3f4f6;vertical-align:top}
.pill{display:inline-block;color:#fff;border-radius:999px;padding:0 .5rem;font-size:.85rem}
.status{padding:.75rem 1rem;border-radius:8px;font-weight:600}.ok{background:#dcfce7}.bad{background:#fee2e2}.warn{background:#fef3c7}
@media print{body{margin:0}.noprint{display:none}}`;

function pill(text: string, color: string): string {
  return `<span class="pill" style="background:${esc(color)}">${esc(text)}</span>`;
}

function verificationBlock(result: VerifyResult): string {
  const cls = result.status === 'valid' ? 'ok' : result.status === 'unknown-key' ? 'warn' : 'bad';
  const head = t(result.status === 'valid' || result.status === 'unknown-key' ? 'certify.result.valid' : 'certify.result.invalid', { reason: result.reason });
  const docs = result.documents
    .map((d) => `<li>${esc(d.name)}: ${esc(d.state === 'changed' ? changeSummary(d.changes) : d.state === 'not-given' ? t('certify.doc.notGiven') : d.state === 'unrelated' ? t('certify.page.unrelated', { given: d.given ?? '' }) : t('certify.doc.unchanged'))}</li>`)
    .join('');
  return `<h2>${esc(t('certify.page.verification'))}</h2><p class="status ${cls}">${esc(head)}</p>${docs ? `<ul>${docs}</ul>` : ''}`;
}

function documentsBlock(claims: Claims): string {
  return claims.subject.documents
    .map((doc, i) => {
      const scan = claims.scan.documents[i]!;
      const flagged = doc.passages.map((p, pi) => ({ p, pi, v: scan.passages[pi]! })).filter(({ v }) => v.label === 'ai' || v.label === 'unsure');
      const drafted = new Set(claims.declaration.uses.flatMap((u) => (u.use === 'drafting' ? u.passages.filter((p) => p.document === i).map((p) => p.passage) : [])));
      const rows = flagged
        .slice(0, 200)
        .map(({ p, pi, v }) => `<tr><td>${pi + 1}</td><td>${pill(passageLabelText(v.label), LABELS[v.label].color)}${drafted.has(pi) ? ` <span class="muted">${esc(t('certify.page.declaredDrafted'))}</span>` : ''}</td><td>“${esc(p.opening)}…”</td></tr>`)
        .join('');
      const process = doc.process;
      const detail = !process
        ? ''
        : process.available
          ? [
              plural('certify.page.history.edits', process.inserts),
              ...(process.insertedChars ? [t('certify.page.history.pastes', { pasted: percent((process.pastedChars ?? 0) / process.insertedChars), bursts: percent((process.burstChars ?? 0) / process.insertedChars) })] : []),
              plural('certify.page.history.tied', process.passages.length),
            ].join('; ')
          : t('certify.page.history.unavailable', { reason: process.reason ?? t('certify.page.history.noReason') });
      const history = process ? `<p class="muted">${esc(t('certify.page.history', { detail }))}</p>` : '';
      return `<h3>${esc(doc.name)}</h3>
<p>${doc.source.url ? `<span class="muted">${esc(doc.source.url)}</span><br>` : ''}${esc(`${plural('certify.page.words', doc.words)} ${plural('certify.page.inPassages', doc.passages.length)}`)} · SHA-256 <code>${doc.sha256}</code></p>
<p>${html('certify.page.scanAtSigning', { p: decimal(scan.probability, 2), share: percent(scan.aiShare) }, { label: pill(LABELS[scan.label].text, LABELS[scan.label].color) })}</p>
${rows ? `<table><thead><tr><th>#</th><th>${esc(t('certify.page.col.label'))}</th><th>${esc(t('certify.page.col.passage'))}</th></tr></thead><tbody>${rows}</tbody></table>` : `<p class="muted">${esc(t('certify.page.noFlagged'))}</p>`}
${history}`;
    })
    .join('\n');
}

function imagesBlock(claims: Claims): string {
  if (!claims.subject.images.length) return '';
  const rows = claims.subject.images
    .map((image, i) => {
      const scan = claims.scan.images[i]!;
      const verdict = scan.verdict ? IMAGE_VERDICTS[scan.verdict] : undefined;
      return `<tr><td>${esc(image.name)}</td><td>${verdict ? pill(verdict.text, verdict.color) : esc(t('certify.image.notRead'))}</td><td><code>${image.sha256}</code></td></tr>`;
    })
    .join('');
  return `<h2>${esc(t('certify.page.images'))}</h2><table><thead><tr><th>${esc(t('certify.page.col.file'))}</th><th>${esc(t('certify.page.col.provenance'))}</th><th>SHA-256</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The certificate page; with a verification result, the client's printable report of it. */
export function certificatePage(claims: Claims, options: { thumbprint?: string; verification?: VerifyResult } = {}): string {
  const { signer } = claims;
  const subjectName = claims.subject.documents[0]?.name ?? claims.subject.images[0]?.name;
  const declared = declarationLines(claims)
    .map((line) => `<li>${esc(line)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="${getLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(subjectName ? t('certify.page.titled', { name: subjectName }) : t('certify.page.title'))}</title>
<style>${STYLE}</style></head><body>
<h1>${esc(t('certify.page.title'))}</h1>
<p class="muted">${esc(t('certify.page.intro'))}</p>
${options.verification ? verificationBlock(options.verification) : ''}
<h2>${esc(t('certify.result.signedBy'))}</h2>
<p><strong>${esc(signer.name)}</strong>${signer.contact ? ` · ${esc(signer.contact)}` : ''}<br>
${esc(t('certify.page.fingerprint'))} <span class="words">${esc(spokenFingerprint(signer.fingerprint))}</span><br>
${options.thumbprint ? `<span class="muted">${esc(t('certify.page.thumbprint'))} <code>${esc(options.thumbprint)}</code></span><br>` : ''}
${html('certify.page.signedOn', {}, { date: utc(claims.issuedAt) })}</p>
<h2>${esc(t('certify.page.declared'))}</h2>
<ul>${declared}</ul>
${claims.declaration.note ? `<p>“${esc(claims.declaration.note)}”</p>` : ''}
<h2>${esc(t('certify.page.covers'))}</h2>
${documentsBlock(claims)}
${imagesBlock(claims)}
<h2>${esc(t('certify.page.scan'))}</h2>
<p class="muted">${html(
    'certify.page.scanLine',
    {
      engine: claims.scan.engine.name,
      version: claims.scan.engine.version,
      model: claims.scan.engine.modelVersion,
      sensitivity: Object.hasOwn(SENSITIVITY, claims.scan.sensitivity) ? t(SENSITIVITY[claims.scan.sensitivity]!) : claims.scan.sensitivity,
    },
    { date: utc(claims.scan.scannedAt) },
  )}</p>
<h2>${esc(t('certify.page.howTo'))}</h2>
<p>${html('certify.page.howToText', {}, { ext: '<code>.assay.json</code>', command: '<code>assay verify &lt;certificate&gt; &lt;files…&gt;</code>' })}</p>
</body></html>
`;
}
